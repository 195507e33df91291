import { css } from 'lit';

/**
 * The zoom dialog's styles, added to the element's own when the dialog is first rendered (so the
 * CDN bundle fetches them with the dialog).
 */
export const styles = css`
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
  }
  @media (forced-colors: active) {
    dialog::backdrop {
      background: Canvas;
    }
  }
  @media print {
    dialog {
      display: none;
    }
  }
`;
