import { css } from 'lit';

// A chip is a block in its list item, not a flex box in a flex box: the same box (an item that
// holds only a block has no line box, so no strut) for less layout work per chip. (Comments go
// here rather than in the CSS: some bundles keep the CSS as written.)
export const styles = css`
  :host {
    --_gap: var(--category-chips-gap, 0.375rem);
    --_chip-radius: var(--category-chips-radius, 999px);
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
    color: var(--_text);
  }
  .base,
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

  /* One rule draws every chip; tiers only re-map these tokens. Plain chips (no or unknown type) first. */
  .chip {
    --_fg: var(--category-chips-color, var(--_text));
    --_bg: var(--category-chips-background, var(--_surface));
    --_line: var(--category-chips-border, var(--_border));
    --_line-style: solid;
    --_line-width: 1px;
    --_weight: 400;
    display: block;
    padding-block: calc(0.1875em + 2px - var(--_line-width));
    padding-inline: calc(0.75em + 2px - var(--_line-width));
    border: var(--_line-width) var(--_line-style) var(--_line);
    border-radius: var(--_chip-radius);
    background: var(--_bg);
    color: var(--_fg);
    font-size: 0.875em;
    font-weight: var(--_weight);
    line-height: 1.4;
    white-space: nowrap;
    text-decoration: none;
  }
  /* The post's own category: filled, boldest. */
  .chip[data-type='exact'] {
    --_fg: var(--category-chips-exact-color, var(--_surface));
    --_bg: var(--category-chips-exact-background, var(--_accent));
    --_line: var(--category-chips-exact-border, var(--_accent));
    --_weight: 700;
  }
  /* Broad: a thick accent outline. */
  .chip[data-type='general'] {
    --_fg: var(--category-chips-general-color, var(--_text));
    --_bg: var(--category-chips-general-background, transparent);
    --_line: var(--category-chips-general-border, var(--_accent));
    --_line-width: 2px;
    --_weight: 600;
  }
  /* Middle: a thin solid outline. */
  .chip[data-type='medium'] {
    --_fg: var(--category-chips-medium-color, var(--_text));
    --_bg: var(--category-chips-medium-background, transparent);
    --_line: var(--category-chips-medium-border, var(--_muted));
    --_weight: 500;
  }
  /* Narrow: a dashed outline. */
  .chip[data-type='specific'] {
    --_fg: var(--category-chips-specific-color, var(--_text));
    --_bg: var(--category-chips-specific-background, transparent);
    --_line: var(--category-chips-specific-border, var(--_muted));
    --_line-style: dashed;
  }
  /* Narrowest: a dotted outline and quieter text. */
  .chip[data-type='niche'] {
    --_fg: var(--category-chips-niche-color, var(--_muted));
    --_bg: var(--category-chips-niche-background, transparent);
    --_line: var(--category-chips-niche-border, var(--_muted));
    --_line-style: dotted;
  }

  a.chip:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .chip:focus-visible,
  .more:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  span.chip:focus:not(:focus-visible) {
    outline: none;
  }

  .more {
    padding-block: calc(0.1875em + 1px);
    padding-inline: 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_chip-radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-size: 0.875em;
    font-weight: 500;
    line-height: 1.4;
    white-space: nowrap;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .more:hover {
    background: var(--_surface);
  }

  @media (forced-colors: active) {
    /* Fills are dropped in forced colours: the text takes the page's colours (Canvas would
       vanish on the mode's backplate), and the outline carries the tier. */
    .chip[data-type='exact'] {
      --_fg: CanvasText;
      --_bg: Canvas;
      --_line-width: 3px;
      --_line-style: double;
    }
    a.chip,
    a.chip[data-type] {
      --_fg: LinkText;
    }
    .more {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media print {
    .item[hidden] {
      display: block;
    }
    .more {
      display: none;
    }
    .chip {
      background: none;
      color: inherit;
    }
  }
`;
