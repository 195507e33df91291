import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  PRO_TIP_KINDS,
  ProTip,
  canonicalKind,
  kindFromLabel,
  kindFromName,
  kindNamedByLabel,
  type ProTipKind,
} from '../src/pro-tip.js';
import { SHIPPED_LANGUAGES } from '../src/internal/locale.js';
import { strings } from '../src/pro-tip/pro-tip.strings.js';
import { COLOR_SCHEMES, captureWarnings, nextFrame, resetColorScheme, useColorScheme } from './helpers.js';

const ENGLISH: Record<ProTipKind, string> = {
  tip: 'Pro Tip',
  insight: 'Expert Insight',
  note: 'Note',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
  takeaways: 'Key Takeaways',
};

const ALIASES: Array<[string, ProTipKind]> = [
  ['hint', 'tip'],
  ['info', 'note'],
  ['danger', 'caution'],
  ['error', 'caution'],
  ['attention', 'warning'],
  ['summary', 'takeaways'],
  ['tldr', 'takeaways'],
  ['abstract', 'takeaways'],
  ['expert', 'insight'],
];

const part = (element: ProTip, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The note in the shadow root that a screen reader meets. */
const note = (element: ProTip) => element.shadowRoot!.querySelector<HTMLElement>('[role="note"]');

/** Text of an element as rendered, following slots into the light DOM (the flat tree). */
function flatText(node: Node): string {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...node.childNodes]).map(flatText).join('');
  }
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return [...node.childNodes].map(flatText).join('');
}

/** The accessible name of the note, from its aria-labelledby. */
function noteName(element: ProTip): string {
  const box = note(element);
  if (!box) return '';
  const id = box.getAttribute('aria-labelledby')!;
  return flatText(element.shadowRoot!.getElementById(id)!).trim().replace(/\s+/g, ' ');
}

/** The label the reader sees. */
const labelText = (element: ProTip) => flatText(part(element, 'label')!).trim();

const accent = (element: ProTip) => getComputedStyle(part(element, 'base')!).borderInlineStartColor;

/** Whether a reader can see the element: rendered, not in folded content, with a size. */
const isShown = (node: Element) =>
  node.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true }) &&
  node.getBoundingClientRect().height > 0;

async function tip(template: ReturnType<typeof html>): Promise<ProTip> {
  const element = await fixture<ProTip>(template);
  await element.updateComplete;
  return element;
}

/** Runs axe's contrast rule and checks that it could measure the label (not left "incomplete"). */
async function expectLabelContrastMeasured(element: ProTip): Promise<void> {
  const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<any> } })
    .axe;
  const results = await axe.run(element, { runOnly: ['color-contrast'] });
  expect(results.violations, 'contrast violations').to.have.length(0);
  const incomplete = results.incomplete.flatMap((rule: any) =>
    rule.nodes.map((node: any) => node.target.join(' ')),
  );
  expect(incomplete, 'contrast that axe could not measure').to.have.length(0);
  expect(results.passes.length, 'contrast checks that ran').to.be.greaterThan(0);
}

describe('<pro-tip>', () => {
  afterEach(() => resetColorScheme());

  describe('default rendering', () => {
    it('is a note named "Pro Tip" with an icon and the body', async () => {
      const element = await tip(html`<pro-tip><p>Start small.</p></pro-tip>`);
      expect(labelText(element)).to.equal('Pro Tip');
      expect(note(element)).to.equal(part(element, 'base'));
      expect(noteName(element)).to.equal('Pro Tip');
      const icon = part(element, 'icon')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.querySelector('svg')).to.exist;
      expect(isShown(icon)).to.equal(true);
      expect(element.querySelector('p')!.textContent).to.equal('Start small.');
      expect(isShown(element.querySelector('p')!)).to.equal(true);
      expect(element.hasAttribute('role'), 'no role added to the host').to.equal(false);
      expect(element.shadowRoot!.querySelector('aside'), 'not a landmark').to.equal(null);
    });

    it('puts the label on a line above the body', async () => {
      const element = await tip(html`<pro-tip><p>Body text.</p></pro-tip>`);
      const label = part(element, 'label')!.getBoundingClientRect();
      const body = element.querySelector('p')!.getBoundingClientRect();
      expect(body.top).to.be.at.least(label.bottom - 1);
    });

    it('defining the element twice does not throw', () => {
      expect(() => ProTip.define()).not.to.throw();
      expect(customElements.get('pro-tip')).to.equal(ProTip);
    });
  });

  describe('kinds', () => {
    it('shows each kind with its own label, icon and accent colour', async () => {
      const colours = new Set<string>();
      const drawings = new Set<string>();
      for (const kind of PRO_TIP_KINDS) {
        const element = await tip(html`<pro-tip kind=${kind}><p>Body.</p></pro-tip>`);
        expect(labelText(element), kind).to.equal(ENGLISH[kind]);
        expect(noteName(element), kind).to.equal(ENGLISH[kind]);
        colours.add(accent(element));
        drawings.add(
          part(element, 'icon')!
            .querySelector('svg')!
            .innerHTML.replace(/<!--.*?-->/g, ''),
        );
        // The label takes the accent colour.
        expect(getComputedStyle(part(element, 'label')!).color, kind).to.equal(accent(element));
      }
      expect(colours.size, 'distinct accents').to.equal(PRO_TIP_KINDS.length);
      expect(drawings.size, 'distinct icons').to.equal(PRO_TIP_KINDS.length);
    });

    for (const [alias, kind] of ALIASES) {
      it(`accepts "${alias}" (in any case) as ${kind}`, async () => {
        const canonical = await tip(html`<pro-tip kind=${kind}></pro-tip>`);
        const warnings = captureWarnings();
        try {
          for (const name of [alias, alias.toUpperCase(), alias[0]!.toUpperCase() + alias.slice(1)]) {
            const element = await tip(html`<pro-tip kind=${name}></pro-tip>`);
            expect(labelText(element), name).to.equal(ENGLISH[kind]);
            expect(accent(element), name).to.equal(accent(canonical));
          }
          expect(warnings.messages()).to.have.length(0);
        } finally {
          warnings.restore();
        }
      });
    }

    it('accepts canonical kinds in any case', async () => {
      const element = await tip(html`<pro-tip kind="WARNING"></pro-tip>`);
      expect(labelText(element)).to.equal('Warning');
    });

    it('follows a change of kind', async () => {
      const element = await tip(html`<pro-tip></pro-tip>`);
      const before = accent(element);
      element.setAttribute('kind', 'caution');
      await element.updateComplete;
      expect(labelText(element)).to.equal('Caution');
      expect(accent(element)).not.to.equal(before);
    });

    it('shows an unknown kind as a note and warns once, naming the element, attribute and value', async () => {
      const warnings = captureWarnings();
      try {
        const element = await tip(html`<pro-tip kind="sparkles"><p>Body.</p></pro-tip>`);
        const reference = await tip(html`<pro-tip kind="note"></pro-tip>`);
        expect(labelText(element)).to.equal('Note');
        expect(accent(element)).to.equal(accent(reference));
        expect(isShown(element.querySelector('p')!)).to.equal(true);
        element.requestUpdate();
        await element.updateComplete;
        element.kind = 'sparkles ';
        await element.updateComplete;
        const messages = warnings.messages().filter((message) => message.includes('<pro-tip>'));
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain('kind="sparkles"');
        expect(messages[0]).to.contain('note');
      } finally {
        warnings.restore();
      }
    });

    it('treats an empty kind as the default, without a warning', async () => {
      const warnings = captureWarnings();
      try {
        const element = await tip(html`<pro-tip kind=""></pro-tip>`);
        expect(labelText(element)).to.equal('Pro Tip');
        expect(warnings.messages()).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('canonicalKind() and kindNamedByLabel()', () => {
    it('keep their old names, kindFromName() and kindFromLabel(), as deprecated aliases', () => {
      expect(kindFromName).to.equal(canonicalKind);
      expect(kindFromLabel).to.equal(kindNamedByLabel);
    });

    it('maps canonical names and aliases, case-insensitively, and nothing else', () => {
      for (const kind of PRO_TIP_KINDS) {
        expect(canonicalKind(kind)).to.equal(kind);
        expect(canonicalKind(kind.toUpperCase())).to.equal(kind);
      }
      for (const [alias, kind] of ALIASES) {
        expect(canonicalKind(alias)).to.equal(kind);
        expect(canonicalKind(` ${alias.toUpperCase()} `)).to.equal(kind);
      }
      for (const other of ['', 'tips', 'constructor', 'toString', '__proto__', 'pro tip', 'note!']) {
        expect(canonicalKind(other), other).to.equal(null);
      }
    });

    it('recognises shipped labels in every language, with or without a trailing colon', () => {
      for (const lang of SHIPPED_LANGUAGES) {
        for (const kind of PRO_TIP_KINDS) {
          const label = strings[lang]![`pro-tip.${kind}`]!;
          expect(kindNamedByLabel(label), `${lang} ${label}`).to.equal(kind);
          expect(kindNamedByLabel(`${label}:`), `${lang} ${label}:`).to.equal(kind);
        }
      }
      expect(kindNamedByLabel('Expert Insight:')).to.equal('insight');
      expect(kindNamedByLabel('  pro   tip : ')).to.equal('tip');
      expect(kindNamedByLabel('Consejo:')).to.equal('tip');
      expect(kindNamedByLabel('Astuce :')).to.equal('tip');
      expect(kindNamedByLabel('注意：')).to.equal('caution');
      expect(kindNamedByLabel('TL;DR')).to.equal('takeaways');
      expect(kindNamedByLabel('Hint')).to.equal('tip');
      expect(kindNamedByLabel('Implementation Guide:')).to.equal(null);
      expect(kindNamedByLabel('')).to.equal(null);
    });
  });

  describe('language', () => {
    it('labels in the language of the closest [lang]: Spanish, Japanese, German', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <div lang="es"><pro-tip></pro-tip><pro-tip kind="takeaways"></pro-tip></div>
          <div lang="ja"><pro-tip kind="warning"></pro-tip></div>
          <div lang="de-AT"><pro-tip kind="note"></pro-tip></div>
        </div>
      `);
      const [es, esTakeaways, ja, de] = [...wrapper.querySelectorAll('pro-tip')];
      await de!.updateComplete;
      expect(labelText(es!)).to.equal('Consejo');
      expect(labelText(esTakeaways!)).to.equal('Puntos clave');
      expect(labelText(ja!)).to.equal('警告');
      expect(labelText(de!)).to.equal('Hinweis');
      expect(noteName(ja!)).to.equal('警告');
    });

    it('reads right to left in Arabic: the icon at the right, the border on the right', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="ar" dir="rtl" style="width:400px"><pro-tip kind="insight"><p>نص</p></pro-tip></div>
      `);
      const element = wrapper.querySelector('pro-tip')!;
      await element.updateComplete;
      expect(labelText(element)).to.equal('رأي الخبراء');
      const icon = part(element, 'icon')!.getBoundingClientRect();
      const label = part(element, 'label')!.getBoundingClientRect();
      const base = part(element, 'base')!;
      expect(icon.left).to.be.greaterThan(label.left);
      expect(parseFloat(getComputedStyle(base).borderRightWidth)).to.be.greaterThan(0);
      expect(parseFloat(getComputedStyle(base).borderLeftWidth)).to.equal(0);
    });

    it('follows a language change on the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><pro-tip kind="caution"></pro-tip></div>`,
      );
      const element = wrapper.querySelector('pro-tip')!;
      await element.updateComplete;
      expect(labelText(element)).to.equal('Caution');
      wrapper.lang = 'fr';
      await nextFrame();
      await element.updateComplete;
      expect(labelText(element)).to.equal('Prudence');
    });
  });

  describe('label and icon overrides', () => {
    it('uses the label attribute instead of the localized name', async () => {
      const element = await tip(html`<pro-tip lang="es" kind="warning" label="Ojo con esto"></pro-tip>`);
      expect(labelText(element)).to.equal('Ojo con esto');
      expect(noteName(element)).to.equal('Ojo con esto');
      element.removeAttribute('label');
      await element.updateComplete;
      expect(labelText(element)).to.equal('Advertencia');
      element.label = '   ';
      await element.updateComplete;
      expect(labelText(element)).to.equal('Advertencia');
    });

    it('uses slotted label content over both, styled like the default label', async () => {
      const plain = await tip(html`<pro-tip kind="insight"><p>Body.</p></pro-tip>`);
      const element = await tip(html`
        <pro-tip kind="insight" label="Ignored"><strong slot="label">Expert Insight</strong><p>Garbage in, garbage out.</p></pro-tip>
      `);
      const strong = element.querySelector('strong')!;
      expect(labelText(element)).to.equal('Expert Insight');
      expect(noteName(element)).to.equal('Expert Insight');
      const slotted = getComputedStyle(strong);
      const reference = getComputedStyle(part(plain, 'label')!);
      expect(slotted.fontWeight).to.equal(reference.fontWeight);
      expect(slotted.color).to.equal(reference.color);
      expect(slotted.fontSize).to.equal(reference.fontSize);
      // Same line box as the default label: nothing extra, no colon added.
      expect(part(element, 'label')!.getBoundingClientRect().height).to.be.closeTo(
        part(plain, 'label')!.getBoundingClientRect().height,
        1,
      );
      expect(labelText(element)).not.to.match(/:$/);
      // The body starts right under the label, as without the slot.
      const gap = (el: ProTip) =>
        el.querySelector('p')!.getBoundingClientRect().top -
        part(el, 'label')!.getBoundingClientRect().bottom;
      expect(gap(element)).to.be.closeTo(gap(plain), 1);
    });

    it('replaces the icon with slot="icon" content, hidden from assistive technology', async () => {
      const element = await tip(html`<pro-tip><span slot="icon" class="mine">★</span><p>Body.</p></pro-tip>`);
      const mine = element.querySelector('.mine')!;
      expect(isShown(mine)).to.equal(true);
      const slot = mine.assignedSlot!;
      expect(slot.closest('[aria-hidden="true"]')).to.equal(part(element, 'icon'));
      expect(isShown(part(element, 'icon')!.querySelector('svg')!)).to.equal(false);
    });

    it('hides the icon with no-icon, and the label starts where the icon was', async () => {
      const element = await tip(
        html`<pro-tip no-icon><span slot="icon" class="mine">★</span><p>Body.</p></pro-tip>`,
      );
      expect(part(element, 'icon')).to.equal(null);
      expect(isShown(element.querySelector('.mine')!)).to.equal(false);
      const label = part(element, 'label')!.getBoundingClientRect();
      const body = element.querySelector('p')!.getBoundingClientRect();
      expect(label.left).to.be.closeTo(body.left, 1);
      element.noIcon = false;
      await element.updateComplete;
      expect(part(element, 'icon')).to.exist;
    });
  });

  describe('collapsible', () => {
    it('starts folded: the label shows, the body does not', async () => {
      const element = await tip(html`<pro-tip collapsible><p>Hidden body.</p></pro-tip>`);
      expect(element.shadowRoot!.querySelector('summary')).to.exist;
      expect(isShown(element.querySelector('p')!)).to.equal(false);
      expect(isShown(part(element, 'label')!)).to.equal(true);
      expect(element.open).to.equal(false);
      expect(noteName(element)).to.equal('Pro Tip');
    });

    it('opens with Enter and closes with Space, firing pro-tip-toggle with { open }', async () => {
      const element = await tip(html`<pro-tip collapsible kind="takeaways"><p>Body.</p></pro-tip>`);
      const summary = element.shadowRoot!.querySelector('summary')!;
      summary.focus();
      expect(element.shadowRoot!.activeElement).to.equal(summary);

      let event = oneEvent(element, 'pro-tip-toggle');
      await sendKeys({ press: 'Enter' });
      const opened = (await event) as CustomEvent;
      expect(opened.detail).to.deep.equal({ open: true });
      expect(opened.bubbles && opened.composed).to.equal(true);
      expect(element.open).to.equal(true);
      expect(element.hasAttribute('open')).to.equal(true);
      await element.updateComplete;
      expect(isShown(element.querySelector('p')!)).to.equal(true);

      event = oneEvent(element, 'pro-tip-toggle');
      await sendKeys({ press: ' ' });
      const closed = (await event) as CustomEvent;
      expect(closed.detail).to.deep.equal({ open: false });
      expect(element.hasAttribute('open')).to.equal(false);
      await element.updateComplete;
      expect(isShown(element.querySelector('p')!)).to.equal(false);
    });

    it('toggles on a click of the label', async () => {
      const element = await tip(html`<pro-tip collapsible><p>Body.</p></pro-tip>`);
      const event = oneEvent(element, 'pro-tip-toggle');
      part(element, 'label')!.click();
      expect(((await event) as CustomEvent).detail.open).to.equal(true);
      expect(element.open).to.equal(true);
    });

    it('opens when the page sets open, without firing pro-tip-toggle', async () => {
      const element = await tip(html`<pro-tip collapsible><p>Body.</p></pro-tip>`);
      const events: Event[] = [];
      element.addEventListener('pro-tip-toggle', (e) => events.push(e));
      element.open = true;
      await element.updateComplete;
      await nextFrame();
      await nextFrame();
      expect(isShown(element.querySelector('p')!)).to.equal(true);
      element.removeAttribute('open');
      await element.updateComplete;
      await nextFrame();
      await nextFrame();
      expect(isShown(element.querySelector('p')!)).to.equal(false);
      expect(events).to.have.length(0);
    });

    it('starts open with the open attribute, without firing pro-tip-toggle', async () => {
      const events: Event[] = [];
      const record = (event: Event) => events.push(event);
      document.addEventListener('pro-tip-toggle', record);
      const element = await tip(html`<pro-tip collapsible open><p>Body.</p></pro-tip>`);
      await nextFrame();
      await nextFrame();
      document.removeEventListener('pro-tip-toggle', record);
      expect(isShown(element.querySelector('p')!)).to.equal(true);
      expect(element.shadowRoot!.querySelector('details')!.open).to.equal(true);
      expect(events).to.have.length(0);
    });

    it('ignores open when not collapsible: the body always shows', async () => {
      const element = await tip(html`<pro-tip><p>Body.</p></pro-tip>`);
      expect(element.shadowRoot!.querySelector('details')).to.equal(null);
      expect(isShown(element.querySelector('p')!)).to.equal(true);
    });
  });

  describe('semantics', () => {
    it('keeps an author-set role and adds no competing one', async () => {
      const element = await tip(
        html`<pro-tip role="complementary" aria-label="Aside"><p>Body.</p></pro-tip>`,
      );
      expect(element.getAttribute('role')).to.equal('complementary');
      expect(element.shadowRoot!.querySelector('[role]')).to.equal(null);
      expect(element.shadowRoot!.querySelector('[aria-labelledby]')).to.equal(null);
      element.removeAttribute('role');
      await element.updateComplete;
      expect(note(element)).to.equal(part(element, 'base'));
      element.setAttribute('role', 'region');
      await element.updateComplete;
      expect(note(element)).to.equal(null);
    });

    it('nests: a callout inside a callout is its own note with its own kind', async () => {
      const outer = await tip(html`
        <pro-tip kind="takeaways"
          ><p>Outer.</p
          ><pro-tip kind="warning"><p>Inner.</p></pro-tip
          ><p>After.</p></pro-tip
        >
      `);
      const inner = outer.querySelector('pro-tip')!;
      await inner.updateComplete;
      expect(labelText(outer)).to.equal('Key Takeaways');
      expect(labelText(inner)).to.equal('Warning');
      expect(accent(inner)).not.to.equal(accent(outer));
      expect(isShown(inner.querySelector('p')!)).to.equal(true);
      const outerBox = part(outer, 'base')!.getBoundingClientRect();
      const innerBox = part(inner, 'base')!.getBoundingClientRect();
      expect(innerBox.left).to.be.greaterThan(outerBox.left);
      expect(innerBox.right).to.be.at.most(outerBox.right);
      await expect(outer).to.be.accessible();
    });

    it('stops following the page once disconnected, and resumes when put back', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><pro-tip></pro-tip></div>`);
      const element = wrapper.querySelector('pro-tip')!;
      await element.updateComplete;
      element.remove();
      wrapper.lang = 'es';
      await nextFrame();
      expect(element.isUpdatePending).to.equal(false);
      expect(labelText(element)).to.equal('Pro Tip');
      wrapper.append(element);
      await element.updateComplete;
      expect(labelText(element)).to.equal('Consejo');
    });
  });

  describe('accessibility checks', () => {
    for (const scheme of COLOR_SCHEMES) {
      it(`every kind passes axe, contrast included, in the ${scheme} scheme`, async () => {
        useColorScheme(scheme);
        for (const kind of PRO_TIP_KINDS) {
          const element = await tip(
            html`<pro-tip kind=${kind}><p>Body text with <a href="#x">a link</a>.</p></pro-tip>`,
          );
          await expect(element).to.be.accessible();
          await expectLabelContrastMeasured(element);
        }
      });

      it(`collapsible (open and closed), a slotted label and a nested callout pass axe in the ${scheme} scheme`, async () => {
        useColorScheme(scheme);
        const wrapper = await fixture<HTMLDivElement>(html`
          <div>
            <pro-tip collapsible kind="caution"><p>Closed.</p></pro-tip>
            <pro-tip collapsible open kind="important"><p>Open.</p></pro-tip>
            <pro-tip kind="insight"><strong slot="label">Expert Insight</strong><p>Body.</p></pro-tip>
            <pro-tip kind="note" label="Custom label" no-icon
              ><p>Outer.</p><pro-tip kind="warning"><p>Inner.</p></pro-tip></pro-tip
            >
          </div>
        `);
        for (const element of wrapper.querySelectorAll('pro-tip')) await element.updateComplete;
        await expect(wrapper).to.be.accessible();
      });
    }
  });

  describe('print', () => {
    it('prints a folded callout unfolded, on a plain background', async function () {
      const element = await tip(html`<pro-tip collapsible kind="warning"><p>Printed body.</p></pro-tip>`);
      expect(isShown(element.querySelector('p')!)).to.equal(false);
      // Only the Chromium driver emulates print media here; the others throw on the server.
      if (!/Chrome\//.test(navigator.userAgent)) this.skip();
      await emulateMedia({ media: 'print' });
      try {
        await nextFrame();
        expect(isShown(element.querySelector('p')!)).to.equal(true);
        expect(getComputedStyle(part(element, 'base')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('before upgrade', () => {
    /** The pre-upgrade rules, applied to a tag that never upgrades. */
    async function pending(): Promise<HTMLStyleElement> {
      const css = await (
        await fetch(new URL('../src/pro-tip/pro-tip.pre-upgrade.css', import.meta.url))
      ).text();
      const style = document.createElement('style');
      style.textContent = css.replaceAll('pro-tip', 'pro-tip-pending');
      document.head.append(style);
      return style;
    }

    it('reads as an ordinary block with the label as a bold first line, at the upgraded size', async () => {
      const style = await pending();
      try {
        const wrapper = await fixture<HTMLDivElement>(html`
          <div style="width:500px;font:16px/1.5 sans-serif">
            <pro-tip-pending kind="insight"><strong slot="label">Expert Insight</strong><p>Garbage in, garbage out.</p></pro-tip-pending>
            <pro-tip kind="insight"><strong slot="label">Expert Insight</strong><p>Garbage in, garbage out.</p></pro-tip>
            <pro-tip-pending><p>A tip without a written label.</p></pro-tip-pending>
            <pro-tip><p>A tip without a written label.</p></pro-tip>
          </div>
        `);
        const [before, after, beforeBare, afterBare] = [...wrapper.children] as HTMLElement[];
        await (after as ProTip).updateComplete;
        await (afterBare as ProTip).updateComplete;
        const box = getComputedStyle(before!);
        expect(box.display).to.equal('block');
        expect(parseFloat(box.borderInlineStartWidth)).to.be.greaterThan(0);
        expect(parseFloat(box.paddingInlineStart)).to.be.greaterThan(0);
        const label = getComputedStyle(before!.querySelector('strong')!);
        expect(label.display).to.equal('block');
        expect(Number(label.fontWeight)).to.be.at.least(700);
        expect(before!.getBoundingClientRect().height).to.be.closeTo(
          after!.getBoundingClientRect().height,
          2,
        );
        expect(beforeBare!.getBoundingClientRect().height).to.be.closeTo(
          afterBare!.getBoundingClientRect().height,
          2,
        );
      } finally {
        style.remove();
      }
    });
  });
});
