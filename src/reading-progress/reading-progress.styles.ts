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
  /* The time-left label hangs outside the bar: keep every containment but paint. */
  :host([time-left]) {
    contain: size layout style;
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
  .time-left {
    position: absolute;
    top: 100%;
    inset-inline-end: 0;
    padding: 0.125rem 0.5rem;
    border-end-start-radius: var(--_radius);
    background: var(--reading-progress-label-background, var(--_surface));
    color: var(--reading-progress-label-color, var(--_text));
    font-size: 0.75rem;
    line-height: 1.4;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .time-left:empty {
    display: none;
  }
  :host([position='bottom']) .time-left {
    top: auto;
    bottom: 100%;
    border-end-start-radius: 0;
    border-start-start-radius: var(--_radius);
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
    .time-left {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
