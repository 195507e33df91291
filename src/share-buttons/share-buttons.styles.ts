import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--share-buttons-gap, 0.5rem);
    --_size: var(--share-buttons-size, 2.5rem);
    position: relative;
    display: block;
    color: var(--_text);
  }
  .row,
  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li {
    display: flex;
  }
  .button {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.45em;
    min-block-size: var(--_size);
    min-inline-size: var(--_size);
    margin: 0;
    padding-block: 0;
    padding-inline: 0.85em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.9375em;
    line-height: 1.2;
    text-decoration: none;
    white-space: nowrap;
    cursor: pointer;
    transition:
      border-color 0.15s ease,
      color 0.15s ease;
  }
  .button:hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .button[data-state='copied'] {
    border-color: var(--_accent);
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.7;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* The Mastodon link and its "change server" button read as one joined control. */
  .mastodon .button:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .button.change {
    min-inline-size: calc(var(--_size) * 0.8);
    padding-inline: 0;
    margin-inline-start: -1px;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    color: var(--_muted);
  }
  .button.change .icon {
    inline-size: 1em;
    block-size: 1em;
  }
  :host([compact]) .list .button {
    inline-size: var(--_size);
    block-size: var(--_size);
    padding-inline: 0;
  }
  :host([compact]) .list .button.change {
    inline-size: calc(var(--_size) * 0.8);
  }
  .visually-hidden,
  :host([compact]) .label,
  .clipboard {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  dialog {
    max-inline-size: min(24rem, calc(100vw - 2rem));
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  form {
    display: grid;
    gap: 0.5rem;
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.125em;
  }
  input[type='text'] {
    min-block-size: 2.5rem;
    padding-inline: 0.6em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: Canvas;
    color: CanvasText;
    font: inherit;
  }
  input[type='text']:focus-visible,
  input[type='checkbox']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  input[aria-invalid='true'] {
    border-color: light-dark(#b3261e, #f2b8b5);
  }
  .error {
    margin: 0;
    color: light-dark(#b3261e, #f2b8b5);
    font-size: 0.875em;
  }
  .remember {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_surface);
  }
  .button.primary:hover {
    color: var(--_surface);
  }
  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .button:hover,
    .button[data-state='copied'] {
      border-color: Highlight;
    }
    .button.primary {
      background: ButtonText;
      color: ButtonFace;
    }
    .icon {
      forced-color-adjust: auto;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
