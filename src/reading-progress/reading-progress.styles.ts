import { css } from 'lit';

export const styles = css`
  :host {
    --_color: var(--reading-progress-color, var(--_accent));
    --_height: var(--reading-progress-height, 4px);
    --_track: var(--reading-progress-track, transparent);
    position: fixed;
    inset-inline: 0;
    top: var(--reading-progress-offset, 0px);
    z-index: var(--reading-progress-z-index, 1000);
    display: block;
    height: var(--_height);
    pointer-events: none;
    contain: strict;
  }
  :host([position='bottom']) {
    top: auto;
    bottom: var(--reading-progress-offset, 0px);
  }
  .track {
    position: absolute;
    inset: 0;
    background: var(--_track);
    transition: opacity 0.2s ease;
  }
  .track.fits {
    opacity: 0;
  }
  .bar {
    position: absolute;
    inset: 0;
    background: var(--_color);
    transform-origin: 0 50%;
    transform: scaleX(0);
    will-change: transform;
  }
  :host(:dir(rtl)) .bar {
    transform-origin: 100% 50%;
  }
  @media (prefers-reduced-motion: reduce) {
    .track {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .bar {
      background: Highlight;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
