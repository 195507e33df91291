import { css } from 'lit';

export const styles = css`
  :host {
    display: inline;
    color: var(--reading-time-color, inherit);
  }
  time {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
`;
