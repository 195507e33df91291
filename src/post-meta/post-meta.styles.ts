import { css } from 'lit';

export const styles = css`
  :host {
    --_meta-color: var(--post-meta-color, var(--_muted));
    --_badge-color: var(--post-meta-badge-color, var(--_text));
    --_badge-background: var(--post-meta-badge-background, var(--_surface));
    --_badge-border: var(--post-meta-badge-border, var(--_border));
    display: block;
    color: var(--_meta-color);
    font-size: var(--post-meta-font-size, 0.875rem);
    line-height: 1.5;
  }
  .separator {
    margin-inline: 0.125em;
  }
  time {
    white-space: nowrap;
  }
  a {
    color: var(--post-meta-link-color, var(--_accent));
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid var(--_badge-border);
    border-radius: 999px;
    background: var(--_badge-background);
    color: var(--_badge-color);
    font-size: 0.9em;
    white-space: nowrap;
  }
  .badge[part~='trending'],
  .badge[part~='featured'] {
    border-color: var(--_accent);
  }
  a.badge {
    color: var(--post-meta-link-color, var(--_accent));
  }
  /* The full date behind a relative one: always read by screen readers; shown on touch screens
     and on paper, visually hidden (in a tooltip) where a pointer can hover. */
  @media screen and (hover: hover) {
    .full {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  /* Categories get a line of their own under the meta line, so no separator dangles where it wraps. */
  .categories {
    margin-block-start: 0.375rem;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
