import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hasContent } from '../internal/light-dom.js';
import { ReadingElement } from '../internal/reading-element.js';
import { isExternal } from '../internal/safe-url.js';
import {
  categoriesConverter,
  chipFor,
  entriesFromInput,
  entriesFromLightDom,
  unique,
  type Chip,
  type CategoryInput,
} from './categories.js';
import { strings, type CategoryChipsKey } from './category-chips.strings.js';
import { styles } from './category-chips.styles.js';
import { moreText } from './more-text.js';
import { sortBySpecificity } from './tiers.js';

export { CATEGORY_TIERS, type CategoryTier } from './tiers.js';
export type { CategoryInput, CategoryItem } from './categories.js';

export interface CategoryChipsToggleDetail {
  /** True when every chip is shown, false when only the first `max` are. */
  expanded: boolean;
  /** How many chips `max` hides while collapsed. */
  hidden: number;
}

/**
 * Typed categories as chips, from broad to niche. Reads a JSON array from `categories` (the
 * blog frontmatter's `categories` line works unchanged) or, progressively, the links and list
 * items already written inside the element, which stay visible before the element upgrades and
 * without JavaScript.
 *
 * @tagname category-chips
 * @summary Category chips with specificity tiers, links and a "+N more" button.
 *
 * @slot - Fallback content: links (`<a href>`) or list items (`<li>`) naming categories. Each
 *   may carry `data-type="exact|general|medium|specific|niche"`. Rendered as written only when
 *   it holds neither.
 *
 * @csspart list - The `<ul>` of chips.
 * @csspart chip - Every chip (an `<a>` when it links, a `<span>` otherwise).
 * @csspart chip-exact - Chips of the `exact` tier.
 * @csspart chip-general - Chips of the `general` tier.
 * @csspart chip-medium - Chips of the `medium` tier.
 * @csspart chip-specific - Chips of the `specific` tier.
 * @csspart chip-niche - Chips of the `niche` tier.
 * @csspart more - The "+N more" / "Show fewer" button.
 *
 * @cssprop [--category-chips-gap=0.375rem] - Space between chips.
 * @cssprop [--category-chips-radius=999px] - Corner radius of the chips.
 * @cssprop [--category-chips-color=var(--reading-text)] - Text of plain chips (no or unknown type).
 * @cssprop [--category-chips-background=var(--reading-surface)] - Background of plain chips.
 * @cssprop [--category-chips-border=var(--reading-border)] - Border colour of plain chips.
 * @cssprop [--category-chips-exact-color=var(--reading-surface)] - Text of `exact` chips.
 * @cssprop [--category-chips-exact-background=var(--reading-accent)] - Background of `exact` chips.
 * @cssprop [--category-chips-exact-border=var(--reading-accent)] - Border colour of `exact` chips.
 * @cssprop [--category-chips-general-color=var(--reading-text)] - Text of `general` chips.
 * @cssprop [--category-chips-general-background=transparent] - Background of `general` chips.
 * @cssprop [--category-chips-general-border=var(--reading-accent)] - Border colour of `general` chips.
 * @cssprop [--category-chips-medium-color=var(--reading-text)] - Text of `medium` chips.
 * @cssprop [--category-chips-medium-background=transparent] - Background of `medium` chips.
 * @cssprop [--category-chips-medium-border=var(--reading-muted)] - Border colour of `medium` chips.
 * @cssprop [--category-chips-specific-color=var(--reading-text)] - Text of `specific` chips.
 * @cssprop [--category-chips-specific-background=transparent] - Background of `specific` chips.
 * @cssprop [--category-chips-specific-border=var(--reading-muted)] - Border colour of `specific` chips.
 * @cssprop [--category-chips-niche-color=var(--reading-muted)] - Text of `niche` chips.
 * @cssprop [--category-chips-niche-background=transparent] - Background of `niche` chips.
 * @cssprop [--category-chips-niche-border=var(--reading-muted)] - Border colour of `niche` chips.
 *
 * @fires category-chips-toggle - When the reader shows all chips or fewer. `detail: { expanded, hidden }`.
 */
export class CategoryChips extends ReadingElement {
  static override tag = 'category-chips';
  static override styles = [ReadingElement.styles, styles];
  static override deprecatedStrings = { 'more-label': 'more', 'less-label': 'less' };

  /** The categories: an array of names or `{ name, type?, href? }` items; the attribute takes the same as JSON, or names separated by commas. */
  @property({ converter: categoriesConverter }) categories: CategoryInput[] | string | undefined;

  /** Orders the chips: `specificity` puts `exact` first, then general → niche, then untyped; empty keeps the given order. */
  @property() sort = '';

  /** How many chips to show before a "+N more" button; empty shows all. */
  @property({ type: Number }) max: number | undefined;

  /** Whether the chips hidden by `max` are shown. The "+N more" button toggles it. */
  @property({ type: Boolean }) expanded = false;

  /** Builds each chip's link: `{slug}` is a Unicode-aware slug of the name, `{name}` the URI-encoded name. */
  @property({ attribute: 'href-template' }) hrefTemplate = '';

  /** Accessible name of the list; defaults to the localized "Categories". */
  @property() label = '';

  /** Text of the "+N more" button, with `{count}`. **Deprecated:** set `strings` with the key `category-chips.more` instead. */
  @property({ attribute: 'more-label' }) moreLabel = '';

  /** Text of the button once every chip is shown. **Deprecated:** set `strings` with the key `category-chips.less` instead. */
  @property({ attribute: 'less-label' }) lessLabel = '';

  /** The chips of the last render, and whether they came from the light DOM. */
  private chips: Chip[] = [];
  private fallback: 'chips' | 'slot' | 'none' = 'none';
  private observer: MutationObserver | undefined;
  private readonly text = (key: CategoryChipsKey): string => this.localize(strings, key);

  override connectedCallback(): void {
    super.connectedCallback();
    // The light DOM is the author's data when `categories` is missing or invalid: follow it.
    this.observer = new MutationObserver(this.onLightDomChange);
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'data-type', 'target'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected override willUpdate(): void {
    let entries = this.categories == null ? [] : entriesFromInput(this, this.categories);
    this.fallback = 'chips';
    if (entries.length === 0) {
      entries = entriesFromLightDom(this.lightDom);
      if (entries.length === 0) this.fallback = this.hasLightContent() ? 'slot' : 'none';
    }
    entries = unique(entries);
    if (this.sort === 'specificity') {
      sortBySpecificity(entries);
    } else if (this.sort) {
      this.warn('sort', this.sort, 'is not a known order (use "specificity"); keeping the given order.');
    }
    this.chips = entries.map((entry) => chipFor(this, entry, this.hrefTemplate));
  }

  private readonly onLightDomChange = (): void => {
    this.requestUpdate();
  };

  private async onToggle(): Promise<void> {
    const limit = this.limit();
    this.expanded = !this.expanded;
    this.emit<CategoryChipsToggleDetail>('category-chips-toggle', {
      expanded: this.expanded,
      hidden: Math.max(0, this.chips.length - limit),
    });
    if (!this.expanded) return;
    await this.updateComplete;
    // Take the reader to what was just revealed; the button stays last, as "Show fewer".
    const revealed = this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]')[limit];
    revealed?.focus();
  }

  /** How many chips show while collapsed; Infinity without a valid `max`. */
  private limit(): number {
    const max = this.max;
    if (max === undefined || max === null) return Infinity;
    if (!Number.isInteger(max) || max < 1) {
      this.warn(
        'max',
        this.getAttribute('max') ?? max,
        'is not a whole number of at least 1; showing every chip.',
      );
      return Infinity;
    }
    return max;
  }

  private hasLightContent(): boolean {
    const light = this.lightDom;
    return light !== null && hasContent(light);
  }

  /** One list item and its chip in one template: each binding level would add a node per chip. */
  private renderItem(chip: Chip, hidden: boolean, focusable: boolean) {
    const part = chip.tier ? `chip chip-${chip.tier}` : 'chip';
    if (chip.href) {
      const external = isExternal(chip.href);
      return html`<li class="item" ?hidden=${hidden}
        ><a
          class="chip"
          part=${part}
          data-type=${ifDefined(chip.tier)}
          href=${chip.href}
          target=${ifDefined(chip.target ?? undefined)}
          rel=${external ? 'tag noopener noreferrer' : 'tag'}
          >${chip.name}</a
        ></li
      >`;
    }
    return html`<li class="item" ?hidden=${hidden}
      ><span class="chip" part=${part} data-type=${ifDefined(chip.tier)} tabindex=${ifDefined(focusable ? -1 : undefined)}
        >${chip.name}</span
      ></li
    >`;
  }

  protected override render() {
    if (this.fallback === 'slot') return html`<slot></slot>`;
    if (this.fallback === 'none' || this.chips.length === 0) return nothing;
    const limit = this.limit();
    const hidden = Math.max(0, this.chips.length - limit);
    const collapsed = hidden > 0 && !this.expanded;
    const label = this.label?.trim() || this.localize(strings, 'category-chips.label');
    // The author's light DOM stays in the document (crawlers and copy keep it) but is not
    // rendered once the chips are, so nothing is shown or announced twice.
    // No white space between the tags: in these flex rows it shows nothing and would only add
    // text nodes to every list.
    return html`<div class="base"><ul class="list" part="list" role="list" aria-label=${label} id="list">${this.chips.map(
      (chip, index) => this.renderItem(chip, collapsed && index >= limit, hidden > 0 && index === limit),
    )}</ul>${
      hidden > 0
        ? html`<button class="more" part="more" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="list" @click=${this.onToggle}>
            ${this.expanded ? this.lessLabel?.trim() || this.localize(strings, 'category-chips.less') : moreText(hidden, this.language, this.moreLabel?.trim(), this.text)}
          </button>`
        : nothing
    }</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'category-chips': CategoryChips;
  }
  interface GlobalEventHandlersEventMap {
    'category-chips-toggle': CustomEvent<CategoryChipsToggleDetail>;
  }
}
