import { css } from 'lit';

/**
 * `.pending`: an image without width and height, still on its way, gets a box the width of the
 * column in the common photo shape (3:2), not an empty line the arriving image pushes the page
 * down from; its own shape replaces it once it is there. (No comments inside the template: the
 * hydrating bundle keeps templates as written.)
 */
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
  .media.pending,
  .pending ::slotted(img) {
    width: 100%;
    aspect-ratio: auto 3 / 2;
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

  @media (prefers-reduced-motion: reduce) {
    .zoom-icon {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .zoom-icon {
      forced-color-adjust: auto;
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .zoom-icon {
      display: none;
    }
    button.zoom {
      cursor: auto;
    }
  }
`;
