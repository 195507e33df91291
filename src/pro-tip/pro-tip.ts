import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ReadingElement } from '../internal/reading-element.js';
import { chevron, icons } from './pro-tip.icons.js';
import { PRO_TIP_KINDS, canonicalKind, type ProTipKind } from './pro-tip.kinds.js';
import { strings } from './pro-tip.strings.js';
import { styles } from './pro-tip.styles.js';

/** An attribute the author owns that changes what the callout renders (not part of its API). */
const AUTHOR_ROLE = 'role';

export interface ProTipToggleDetail {
  /** Whether the callout is open after the reader's toggle. */
  open: boolean;
}

/**
 * A callout in the flow of an article: a tip, an expert insight, a note, something important,
 * a warning, a caution, or the key takeaways. Each kind has its own accent colour and icon, and
 * its label says what it is, so colour is never the only signal.
 *
 * The callout is a note named by its label, not a landmark; a `role` the author puts on the
 * element is kept. With `collapsible` it folds like a native `<details>`: keyboard and screen
 * readers work as they do there.
 *
 * @tagname pro-tip
 * @summary Callout for tips, expert insights, notes, warnings and key takeaways.
 *
 * @slot - The body: any rich content (paragraphs, lists, code, nested callouts).
 * @slot label - Replaces the label (the localized kind name, or `label`).
 * @slot icon - Replaces the kind's icon. It is decorative: hidden from assistive technology.
 *
 * @csspart base - The box: accent border, background and padding.
 * @csspart label - The label text, beside the icon.
 * @csspart icon - The icon's box.
 * @csspart body - The box around the default slot.
 *
 * @cssprop --pro-tip-accent - Colour of the label, icon and border. Defaults to the kind's colour (`--reading-accent` for `note`).
 * @cssprop [--pro-tip-background=color-mix(in srgb, var(--pro-tip-accent) 8%, transparent)] - Background of the box: a tint of the accent over the page.
 * @cssprop [--pro-tip-border=0.25rem solid var(--pro-tip-accent)] - The border on the inline-start edge.
 *
 * @fires pro-tip-toggle - When the reader opens or closes a collapsible callout (not when the page sets `open`). `detail: { open }`.
 */
export class ProTip extends ReadingElement {
  static override tag = 'pro-tip';
  static override styles = [ReadingElement.styles, styles];

  static override get observedAttributes(): string[] {
    // `role` is watched so that an author-set role removes the inner one, and a removed role
    // brings it back. It is not a property: `role` is the element's own ARIA reflection.
    return [...super.observedAttributes, AUTHOR_ROLE];
  }

  /**
   * What the callout is: `tip` (default), `insight`, `note`, `important`, `warning`, `caution`,
   * `takeaways`, or a name from other systems, case-insensitively: `hint` (tip), `info` (note),
   * `danger` and `error` (caution), `attention` (warning), `summary`, `tldr` and `abstract`
   * (takeaways), `expert` (insight). Sets the accent, icon and default label; an unknown kind
   * shows as a note and warns once.
   */
  @property() kind = 'tip';

  /** Replaces the localized label; `slot="label"` content replaces both. */
  @property() label = '';

  /** Hides the icon. */
  @property({ type: Boolean, attribute: 'no-icon' }) noIcon = false;

  /** Folds the body under the label, like `<details>`. */
  @property({ type: Boolean, reflect: true }) collapsible = false;

  /** Whether a collapsible callout shows its body. Reflects the reader's toggles. */
  @property({ type: Boolean, reflect: true }) open = false;

  @query('details') private details!: HTMLDetailsElement | null;

  /** The canonical kind `kind` resolves to. */
  private resolved: ProTipKind = 'tip';

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === AUTHOR_ROLE && old !== value) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind')) this.resolved = this.resolveKind(this.kind);
  }

  private readonly onToggle = (): void => {
    const details = this.details;
    // The `toggle` event also follows changes the page makes to `open`; only a difference
    // between the <details> and the property is the reader's doing.
    if (!details || details.open === this.open) return;
    this.open = details.open;
    this.emit<ProTipToggleDetail>('pro-tip-toggle', { open: this.open });
  };

  private resolveKind(value: string | null | undefined): ProTipKind {
    const name = (value ?? '').trim();
    if (!name) return 'tip';
    const kind = canonicalKind(name);
    if (kind) return kind;
    this.warn(
      'kind',
      value,
      `is not a known kind; showing it as "note". Known kinds: ${PRO_TIP_KINDS.join(', ')}.`,
    );
    return 'note';
  }

  /** The icon and the label; flat, so a callout is a dozen nodes. */
  private renderHeader() {
    const label = (this.label ?? '').trim() || this.localize(strings, `pro-tip.${this.resolved}`);
    const [outline, detail] = icons[this.resolved];
    const icon = this.noIcon
      ? nothing
      : html`<span part="icon" class="icon" aria-hidden="true"
          ><slot name="icon"
            ><svg viewBox="0 0 24 24" focusable="false"><path d=${outline}></path><path d=${detail}></path></svg></slot
        ></span>`;
    return html`${icon}<span part="label" class="label" id="label"><slot name="label">${label}</slot></span>`;
  }

  protected override render() {
    const isNote = !this.hasAttribute('role');
    const kind = `base kind-${this.resolved}`;
    const role = isNote ? 'note' : nothing;
    const labelledBy = isNote ? 'label' : nothing;
    if (!this.collapsible)
      return html`<div part="base" class=${kind} role=${role} aria-labelledby=${labelledBy}
        ><div class="header">${this.renderHeader()}</div
        ><div part="body" class="body"><slot></slot></div
      ></div>`;
    return html`<div part="base" class=${kind} role=${role} aria-labelledby=${labelledBy}
      ><details ?open=${this.open} @toggle=${this.onToggle}
        ><summary class="header"
          >${this.renderHeader()}<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"
            ><path d=${chevron}></path></svg
        ></summary
        ><div part="body" class="body"><slot></slot></div
      ></details
    ></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-tip': ProTip;
  }
  interface GlobalEventHandlersEventMap {
    'pro-tip-toggle': CustomEvent<ProTipToggleDetail>;
  }
}
