import { css } from 'lit';

/**
 * The design tokens every element reads. Pages set the public `--reading-*` tokens; elements
 * read the private `--_*` copies, which carry the defaults. Light and dark values follow the
 * `color-scheme` the page uses (`light-dark()`), so a page that declares
 * `color-scheme: light dark` follows the reader's `prefers-color-scheme` too.
 */
export const tokens = css`
  :host {
    --_accent: var(--reading-accent, light-dark(#0b57d0, #8ab4f8));
    --_text: var(--reading-text, light-dark(#1f2328, #e6e8eb));
    --_muted: var(--reading-muted, light-dark(#57606a, #a3acb6));
    --_surface: var(--reading-surface, light-dark(#f6f8fa, #1c2128));
    --_border: var(--reading-border, light-dark(#d0d7de, #3d444d));
    --_radius: var(--reading-radius, 0.5rem);
    --_font: var(--reading-font, inherit);
    font-family: var(--_font);
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
    }
  }
`;
