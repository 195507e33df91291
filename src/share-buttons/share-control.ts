// One entry of the share list: a link when the network has a share address, else a button.
import { html, nothing, type TemplateResult } from 'lit';
import type { ShareNetwork } from './networks.js';
import { icon, type IconName } from './share-buttons.icons.js';

export interface ShareControl {
  network: ShareNetwork;
  /** The accessible name. */
  name: string;
  /** The visible label, when it is not the accessible name. */
  text?: string;
  /** Icons only: the name also shows as a tooltip. */
  compact: boolean;
  /** The share address; without one the control is a button. */
  href?: string | null | undefined;
  onClick?: ((event: MouseEvent) => void) | undefined;
  icon?: IconName;
  /** The copy button's state, for styling. */
  state?: string | undefined;
}

/** One link (when there is an `href`) or button of the list. Links open in a new tab, but for email. */
export function shareControl(control: ShareControl): TemplateResult {
  const { network, name, text = name, href } = control;
  const title = control.compact ? name : nothing;
  const label = name === text ? nothing : name;
  const inner = html`${icon(control.icon ?? network)}<span part="label" class="label">${text}</span>`;
  return href
    ? html`<a
        part="button"
        class="button"
        data-network=${network}
        href=${href}
        target=${network === 'email' ? nothing : '_blank'}
        rel="noopener noreferrer"
        aria-label=${label}
        title=${title}
        @click=${control.onClick}
        >${inner}</a
      >`
    : html`<button
        part="button"
        class="button"
        type="button"
        data-network=${network}
        data-state=${control.state ?? nothing}
        aria-haspopup=${network === 'mastodon' ? 'dialog' : nothing}
        aria-label=${label}
        title=${title}
        @click=${control.onClick}
      >${inner}</button>`;
}

/** The button beside the Mastodon link that asks the reader for another server. */
export function changeServerButton(label: string, onClick: () => void): TemplateResult {
  return html`<button
    part="button"
    class="button change"
    type="button"
    aria-haspopup="dialog"
    aria-label=${label}
    title=${label}
    @click=${onClick}
  >${icon('change')}</button>`;
}
