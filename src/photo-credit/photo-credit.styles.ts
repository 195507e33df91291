import { css } from 'lit';

export const styles = css`
  :host {
    --_caption-color: var(--photo-credit-caption-color, var(--_muted));
    --_image-radius: var(--photo-credit-radius, var(--_radius));
    display: block;
  }
  figure {
    margin: 0;
  }
  .media {
    display: block;
    position: relative;
    max-width: 100%;
  }
  ::slotted(img),
  ::slotted(picture),
  ::slotted(a) {
    display: block;
    max-width: 100%;
  }
  ::slotted(a) {
    width: fit-content;
  }
  ::slotted(img) {
    height: auto;
    border-radius: var(--_image-radius);
  }

  /* The image as a button. */
  button.zoom {
    all: unset;
    display: block;
    position: relative;
    width: fit-content;
    max-width: 100%;
    border-radius: var(--_image-radius);
    cursor: zoom-in;
  }
  button.zoom:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 3px;
  }
  .zoom-icon {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    display: grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_surface) 88%, transparent);
    color: var(--_text);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.25);
    opacity: 0.85;
    transition: opacity 0.15s ease;
  }
  button.zoom:hover .zoom-icon,
  button.zoom:focus-visible .zoom-icon {
    opacity: 1;
  }

  /* Caption area: caption, then the credit. */
  figcaption {
    margin-block-start: 0.5rem;
    color: var(--_caption-color);
    font-size: 0.9375em;
    line-height: 1.45;
    text-align: start;
  }
  .credit[hidden] {
    display: none;
  }
  .credit {
    display: block;
    font-size: 0.875em;
  }
  slot[name='caption'] + .credit {
    margin-block-start: 0.125rem;
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--_text);
  }
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
    border-radius: 2px;
  }

  /* The zoom dialog: fills the viewport, so a click beside the image lands on the dialog itself. */
  dialog {
    inset: 0;
    margin: 0;
    padding: 3.75rem 1rem 1rem;
    border: 0;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    background: transparent;
    color: var(--_text);
    overflow: auto;
  }
  dialog[open] {
    display: flex;
    animation: photo-credit-zoom-in 0.2s ease-out;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.85);
  }
  dialog[open]::backdrop {
    animation: photo-credit-fade-in 0.2s ease-out;
  }
  @keyframes photo-credit-zoom-in {
    from {
      opacity: 0;
      transform: scale(0.96);
    }
  }
  @keyframes photo-credit-fade-in {
    from {
      opacity: 0;
    }
  }
  .zoom-body {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.75rem;
    margin: auto;
    max-inline-size: 100%;
  }
  /* Pinned to the corner, so it stays put while the large image loads. */
  .close {
    position: fixed;
    inset-block-start: 1rem;
    inset-inline-end: 1rem;
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.875rem;
    cursor: pointer;
  }
  .close:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .zoomed {
    display: block;
    max-inline-size: 100%;
    max-block-size: calc(100dvh - 10rem);
    inline-size: auto;
    block-size: auto;
    object-fit: contain;
    border-radius: var(--_image-radius);
  }
  .zoom-text {
    max-inline-size: min(100%, 60rem);
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.9375rem;
    line-height: 1.45;
  }
  .zoom-text p {
    margin: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    dialog[open],
    dialog[open]::backdrop {
      animation: none;
    }
    .zoom-icon {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .zoom-icon {
      forced-color-adjust: auto;
      border: 1px solid CanvasText;
    }
    dialog::backdrop {
      background: Canvas;
    }
  }
  @media print {
    .zoom-icon,
    dialog {
      display: none;
    }
    button.zoom {
      cursor: auto;
    }
  }
`;
