import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    margin-block: 1.5rem;
    color: var(--_text);
  }

  /* Each kind re-maps one token, --_kind; everything else reads it through --_pt-accent. The
     re-map sits on the base part (keyed by the resolved kind) so aliases and the unknown-kind
     fallback share it; a note keeps the page accent. Light values keep 4.5:1 on the tinted
     background over white and #f6f8fa, dark ones over #0d1117 to #22272e. */
  .base {
    --_kind: var(--_accent);
    --_pt-accent: var(--pro-tip-accent, var(--_kind));
    --_pt-background: var(--pro-tip-background, color-mix(in srgb, var(--_pt-accent) 8%, transparent));
    --_pt-border: var(--pro-tip-border, 0.25rem solid var(--_pt-accent));
    display: block;
    padding: 0.75rem 1rem;
    border-inline-start: var(--_pt-border);
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    background: var(--_pt-background);
    overflow-wrap: break-word;
  }
  .base.kind-tip {
    --_kind: light-dark(#1a6b32, #3fb950);
  }
  .base.kind-insight {
    --_kind: light-dark(#0b6874, #39c5cf);
  }
  .base.kind-important {
    --_kind: light-dark(#7340cf, #b392f0);
  }
  .base.kind-warning {
    --_kind: light-dark(#845800, #d29922);
  }
  .base.kind-caution {
    --_kind: light-dark(#b81d2a, #ff7b72);
  }
  .base.kind-takeaways {
    --_kind: light-dark(#a72b68, #f778ba);
  }

  .header {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    color: var(--_pt-accent);
    font-weight: 700;
    line-height: 1.5;
  }
  .icon {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    block-size: 1.5em;
    inline-size: 1.25em;
  }
  .icon svg,
  ::slotted([slot='icon']) {
    display: block;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .icon svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Icons with a direction (a list, a speech bubble's tail) mirror in right-to-left text. */
  :host(:dir(rtl)) .kind-takeaways .icon svg,
  :host(:dir(rtl)) .kind-important .icon svg {
    scale: -1 1;
  }
  .label {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  /* A slotted label (<strong slot="label">…</strong>) looks exactly like the default one. */
  ::slotted([slot='label']) {
    margin: 0;
    font: inherit;
    color: inherit;
  }

  .body {
    margin-block-start: 0.375rem;
  }
  ::slotted(:not([slot]):nth-child(1 of :not([slot]))) {
    margin-block-start: 0;
  }
  ::slotted(:not([slot]):nth-last-child(1 of :not([slot]))) {
    margin-block-end: 0;
  }

  summary {
    list-style: none;
    cursor: pointer;
    border-radius: calc(var(--_radius) / 2);
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary:focus-visible {
    outline: 2px solid var(--_pt-accent);
    outline-offset: 2px;
  }
  .chevron {
    flex: none;
    inline-size: 1em;
    block-size: 1.5em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    transition: rotate 0.15s ease;
  }
  :host(:dir(rtl)) .chevron {
    scale: -1 1;
  }
  details[open] > summary .chevron {
    rotate: 90deg;
  }
  :host(:dir(rtl)) details[open] > summary .chevron {
    rotate: -90deg;
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .base {
      --_pt-accent: CanvasText;
      border-inline-start-color: CanvasText;
      outline: 1px solid CanvasText;
    }
    summary:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .base {
      background: none;
      color: #000;
      --_pt-accent: #000;
    }
    .chevron {
      display: none;
    }
    /* A folded callout prints its body too. */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
