import { expect } from '@open-wc/testing';
import { enhance } from '../src/enhance.js';
import { SHIPPED_LANGUAGES } from '../src/internal/locale.js';
import { PRO_TIP_KINDS } from '../src/pro-tip/pro-tip.kinds.js';
import { strings } from '../src/pro-tip/pro-tip.strings.js';
import {
  calloutFixtures,
  calloutNearMisses,
  calloutOutline,
  nestedCallouts,
} from './fixtures/enhance/callouts.js';
import { ZERO, enhanceChecked, expectLeftAlone, mount, unmountAll } from './fixtures/enhance/harness.js';

describe('enhance(): callouts', () => {
  afterEach(unmountAll);

  for (const [name, fixture] of Object.entries(calloutFixtures)) {
    it(`turns ${name} into <pro-tip kind="${fixture.kind}">, losslessly and once`, async () => {
      const root = mount(fixture.html);
      const report = await enhanceChecked(
        root,
        {},
        fixture.removed ? [fixture.removed] : [],
        calloutOutline(fixture),
      );
      expect(report).to.deep.equal({ ...ZERO, callouts: 1 });

      const callouts = root.querySelectorAll('pro-tip');
      expect(callouts.length).to.equal(1);
      const callout = callouts[0]!;
      expect(callout.getAttribute('kind')).to.equal(fixture.kind);
      expect(
        root.querySelector(
          'blockquote, details, .markdown-alert, .ghd-alert, .theme-admonition, .admonition, .starlight-aside, .callout',
        ),
      ).to.equal(null);

      const label = callout.querySelector(':scope > [slot="label"]');
      if (fixture.label === null) {
        expect(label).to.equal(null);
      } else {
        expect(label, 'the label moved into the label slot').to.not.equal(null);
        expect(label!.textContent!.trim()).to.equal(fixture.label);
        expect(callout.firstElementChild, 'the label comes first').to.equal(label);
      }
      // The label's colon and the renderer's icon are gone; the body starts with content.
      expect(callout.textContent).not.to.match(/^\s*[^\s]*[:：]\s*$/m);
      expect(callout.querySelector('svg')).to.equal(null);
      expect(callout.textContent!.trim()).not.to.equal(fixture.label ?? '');
    });
  }

  it("recognises every kind's label in every shipped language", () => {
    const cases = SHIPPED_LANGUAGES.flatMap((lang) =>
      PRO_TIP_KINDS.map((kind) => ({
        lang,
        kind,
        label: strings[lang]![`pro-tip.${kind}`] ?? strings.en[`pro-tip.${kind}`],
      })),
    );
    const root = mount(
      cases
        .map(
          ({ lang, label }) =>
            `<blockquote lang="${lang}"><p><strong>${label}${lang === 'fr' ? '\u00a0:' : lang === 'ja' || lang === 'zh' ? '：' : ':'}</strong> …</p></blockquote>`,
        )
        .join(''),
    );
    expect(enhance(root).callouts).to.equal(cases.length);
    const found = [...root.querySelectorAll('pro-tip')].map(
      (tip) => `${tip.getAttribute('lang')} ${tip.getAttribute('kind')}`,
    );
    // Labels shared by two kinds in one language (ja/zh 要点, 重要) resolve to the first kind listed.
    const expected = cases.map(({ lang, kind, label }) => {
      const first = PRO_TIP_KINDS.find(
        (other) => (strings[lang]![`pro-tip.${other}`] ?? strings.en[`pro-tip.${other}`]) === label,
      );
      return `${lang} ${first ?? kind}`;
    });
    expect(found).to.deep.equal(expected);
  });

  it('moves the bold label node itself, without its colon, and keeps the rest of its paragraph', () => {
    const root = mount(calloutFixtures['proTip']!.html);
    const strong = root.querySelector('strong')!;
    const link = root.querySelector('a')!;
    enhance(root);
    const callout = root.querySelector('pro-tip')!;
    expect(callout.querySelector(':scope > strong[slot="label"]')).to.equal(strong);
    expect(strong.textContent).to.equal('Pro Tip');
    const body = callout.querySelector(':scope > p')!;
    expect(body.textContent).to.match(/^Look for companies/);
    expect(body.contains(link)).to.equal(true);
  });

  it('drops a paragraph that only held the label', () => {
    const root = mount(calloutFixtures['labelOwnLine']!.html);
    enhance(root);
    const callout = root.querySelector('pro-tip')!;
    expect([...callout.children].map((child) => child.localName)).to.deep.equal(['strong', 'ul']);
  });

  it('turns a "**Key Takeaways:**" paragraph and the list after it into one callout', () => {
    const root = mount(calloutFixtures['takeaways']!.html);
    const list = root.querySelector('ul')!;
    enhance(root);
    const callout = root.querySelector('pro-tip')!;
    expect(callout.querySelector(':scope > ul')).to.equal(list);
    expect(root.children.length).to.equal(1);
  });

  it('makes a folding callout from an Obsidian "[!warning]-" marker, titled by the rest of the line', () => {
    const root = mount(calloutFixtures['markerTitle']!.html);
    enhance(root);
    const callout = root.querySelector('pro-tip')!;
    expect(callout.hasAttribute('collapsible')).to.equal(true);
    expect(callout.hasAttribute('open')).to.equal(false);
    expect(callout.querySelector(':scope > p')!.textContent).to.equal('The step is higher than it looks.');
  });

  it('keeps a Docusaurus default title, shown in capitals as Docusaurus shows it', () => {
    const root = mount(calloutFixtures['docusaurusTip']!.html);
    enhance(root);
    const label = root.querySelector<HTMLElement>('pro-tip > [slot="label"]')!;
    expect(label.textContent).to.equal('tip');
    expect(label.style.textTransform).to.equal('uppercase');
  });

  it("keeps the id and language of a blockquote, but not a renderer's classes", () => {
    const root = mount(
      `<blockquote id="tip-1" class="callout" lang="es"><p><strong>Consejo:</strong> Empieza con poco.</p></blockquote>
       <div id="alert-1" class="markdown-alert markdown-alert-note"><p class="markdown-alert-title">Note</p><p>Text.</p></div>`,
    );
    enhance(root);
    const [quote, alert] = root.querySelectorAll('pro-tip');
    expect(quote!.id).to.equal('tip-1');
    expect(quote!.className).to.equal('callout');
    expect(quote!.getAttribute('lang')).to.equal('es');
    expect(alert!.id).to.equal('alert-1');
    expect(alert!.className).to.equal('');
  });

  it('converts nested callouts, inner and outer', async () => {
    const root = mount(nestedCallouts);
    const report = await enhanceChecked(root);
    expect(report.callouts).to.equal(2);
    const outer = root.querySelector('pro-tip')!;
    expect(outer.getAttribute('kind')).to.equal('note');
    expect(outer.querySelector('pro-tip')!.getAttribute('kind')).to.equal('warning');
  });

  for (const [name, html] of Object.entries(calloutNearMisses)) {
    it(`leaves a near miss alone: ${name}`, () => expectLeftAlone(html));
  }

  it('turns nothing into callouts with { callouts: false }', () =>
    expectLeftAlone(calloutFixtures['proTip']!.html, { callouts: false }));

  it("shows the author's word for a type <pro-tip> has no kind for, with that kind's colour and icon", async () => {
    const root = mount(
      calloutFixtures['markerBug']!.html +
        calloutFixtures['mkdocsUntitledBug']!.html +
        calloutFixtures['markerTip']!.html,
    );
    enhance(root);
    const [bug, mkdocsBug, tip] = [...root.querySelectorAll('pro-tip')] as Array<
      HTMLElement & { updateComplete: Promise<unknown> }
    >;
    for (const callout of [bug!, mkdocsBug!, tip!]) await callout.updateComplete;
    const shown = (callout: Element) =>
      callout.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim();
    expect(shown(bug!)).to.equal('Bug');
    expect(shown(mkdocsBug!)).to.equal('Bug');
    expect(bug!.shadowRoot!.querySelector('[part="base"]')!.classList.contains('kind-caution')).to.equal(
      true,
    );
    // A canonical kind keeps the element's own, localized label.
    expect(shown(tip!)).to.equal('Pro Tip');
  });

  it('folds pymdownx.details and Obsidian callouts as they were folded', async () => {
    const root = mount(
      calloutFixtures['detailsClosed']!.html +
        calloutFixtures['detailsOpen']!.html +
        calloutFixtures['obsidianPublishFolded']!.html +
        calloutFixtures['obsidianPublishOpen']!.html,
    );
    enhance(root);
    const callouts = [...root.querySelectorAll('pro-tip')] as Array<
      HTMLElement & { updateComplete: Promise<unknown> }
    >;
    for (const callout of callouts) await callout.updateComplete;
    const open = callouts.map((callout) => callout.shadowRoot!.querySelector('details')!.open);
    expect(open).to.deep.equal([false, true, false, true]);
    // The folded body is hidden, the open one shows.
    expect(callouts[0]!.querySelector('p')!.checkVisibility()).to.equal(false);
    expect(callouts[1]!.querySelector('p')!.checkVisibility()).to.equal(true);
  });

  it('upgrades the callouts it creates: the label and body render', async () => {
    const root = mount(calloutFixtures['expertInsight']!.html);
    enhance(root);
    const callout = root.querySelector('pro-tip')!;
    expect(customElements.get('pro-tip')).to.not.equal(undefined);
    await (callout as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const slot = callout.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="label"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Expert Insight');
    expect(callout.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(callout).to.be.accessible();
  });
});
