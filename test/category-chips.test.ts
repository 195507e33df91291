import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { CategoryChips } from '../src/category-chips.js';
import { registerLocale } from '../src/internal/locale.js';
import { COLOR_SCHEMES, captureWarnings, nextFrame, resetColorScheme, useColorScheme } from './helpers.js';

/** The frontmatter line of the seed post, unchanged. */
const SEED =
  '[{"type":"exact","name":"Tech"},{"type":"general","name":"Innovation"},{"type":"medium","name":"Software Engineering"},{"type":"specific","name":"Artificial Intelligence"},{"type":"niche","name":"Deep Learning"}]';

function list(el: CategoryChips): HTMLUListElement | null {
  return el.shadowRoot!.querySelector('[part~="list"]');
}

function chips(el: CategoryChips): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="chip"]'));
}

/** Chips a reader can see: laid out, with a size. */
function visibleChips(el: CategoryChips): HTMLElement[] {
  return chips(el).filter(
    (chip) => chip.getClientRects().length > 0 && chip.getBoundingClientRect().width > 0,
  );
}

function visibleNames(el: CategoryChips): string[] {
  return visibleChips(el).map((chip) => chip.textContent!.trim());
}

function moreButton(el: CategoryChips): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector('[part~="more"]');
}

function focused(el: CategoryChips): Element | null {
  return el.shadowRoot!.activeElement;
}

async function render(template: unknown): Promise<CategoryChips> {
  const el = await fixture<CategoryChips>(template as ReturnType<typeof html>);
  await el.updateComplete;
  return el;
}

describe('<category-chips>', () => {
  afterEach(() => resetColorScheme());

  describe('the seed frontmatter', () => {
    it('renders the five categories as a labelled list of chips, one per tier, in the given order', async () => {
      const el = await render(html`<category-chips categories=${SEED}></category-chips>`);
      const ul = list(el)!;
      expect(ul.localName).to.equal('ul');
      expect(ul.getAttribute('role')).to.equal('list');
      expect(ul.getAttribute('aria-label')).to.equal('Categories');
      expect(ul.querySelectorAll(':scope > li')).to.have.length(5);
      expect(visibleNames(el)).to.deep.equal([
        'Tech',
        'Innovation',
        'Software Engineering',
        'Artificial Intelligence',
        'Deep Learning',
      ]);
      expect(chips(el).map((chip) => chip.dataset.type)).to.deep.equal([
        'exact',
        'general',
        'medium',
        'specific',
        'niche',
      ]);
      expect(chips(el).map((chip) => chip.getAttribute('part'))).to.deep.equal([
        'chip chip-exact',
        'chip chip-general',
        'chip chip-medium',
        'chip chip-specific',
        'chip chip-niche',
      ]);
      expect(moreButton(el)).to.equal(null);
    });

    it('is not interactive without links: no anchors and nothing to tab to', async () => {
      const el = await render(html`<category-chips categories=${SEED}></category-chips>`);
      expect(el.shadowRoot!.querySelectorAll('a, button, [tabindex]')).to.have.length(0);
    });

    it('tells the tiers apart by more than colour: weight, border width or border style differ between every pair', async () => {
      for (const scheme of COLOR_SCHEMES) {
        useColorScheme(scheme);
        const el = await render(html`<category-chips categories=${SEED}></category-chips>`);
        const looks = chips(el).map((chip) => {
          const style = getComputedStyle(chip);
          return `${style.fontWeight}|${style.borderTopWidth}|${style.borderTopStyle}|${style.backgroundColor === 'rgba(0, 0, 0, 0)' ? 'unfilled' : 'filled'}`;
        });
        expect(new Set(looks).size, looks.join(', ')).to.equal(5);
      }
    });

    it('takes the same data as a property, with names as plain strings too', async () => {
      const el = await render(html`<category-chips></category-chips>`);
      el.categories = JSON.parse(SEED);
      await el.updateComplete;
      expect(visibleNames(el)).to.have.length(5);
      el.categories = ['Climate', { name: 'Oceans', type: 'niche' }];
      await el.updateComplete;
      expect(visibleNames(el)).to.deep.equal(['Climate', 'Oceans']);
      expect(chips(el)[0]!.getAttribute('part')).to.equal('chip');
      expect(chips(el)[0]!.hasAttribute('data-type')).to.equal(false);
      expect(chips(el)[1]!.dataset.type).to.equal('niche');
    });

    it('renders unknown or missing types as plain chips', async () => {
      const el = await render(
        html`<category-chips categories='[{"name":"A","type":"Banana"},{"name":"B"},{"name":"C","type":"GENERAL"}]'></category-chips>`,
      );
      expect(chips(el).map((chip) => chip.getAttribute('part'))).to.deep.equal([
        'chip',
        'chip',
        'chip chip-general',
      ]);
    });
  });

  describe('attribute and property updates', () => {
    it('re-renders when the attribute changes and when the property is set', async () => {
      const el = await render(html`<category-chips categories='["One","Two"]'></category-chips>`);
      expect(visibleNames(el)).to.deep.equal(['One', 'Two']);
      expect(el.categories).to.deep.equal(['One', 'Two']);
      el.setAttribute('categories', '["Three"]');
      await el.updateComplete;
      expect(visibleNames(el)).to.deep.equal(['Three']);
      el.categories = [{ name: 'Four', type: 'exact' }];
      await el.updateComplete;
      expect(visibleNames(el)).to.deep.equal(['Four']);
      el.removeAttribute('categories');
      await el.updateComplete;
      expect(visibleNames(el)).to.deep.equal([]);
    });

    it('follows label, sort, max and href-template changes', async () => {
      const el = await render(html`<category-chips categories=${SEED}></category-chips>`);
      el.label = 'Topics';
      el.sort = 'specificity';
      el.max = 2;
      el.hrefTemplate = '/t/{slug}';
      await el.updateComplete;
      expect(list(el)!.getAttribute('aria-label')).to.equal('Topics');
      expect(visibleNames(el)).to.deep.equal(['Tech', 'Innovation']);
      expect(chips(el)[0]!.getAttribute('href')).to.equal('/t/tech');
      expect(moreButton(el)!.textContent!.trim()).to.equal('+3 more');
    });
    it('takes names separated by commas, as people write a list, without a warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render(html`<category-chips categories="Tech, Innovation , ,AI"></category-chips>`);
        expect(visibleNames(el)).to.deep.equal(['Tech', 'Innovation', 'AI']);
        el.categories = 'Deep Learning';
        await el.updateComplete;
        expect(visibleNames(el)).to.deep.equal(['Deep Learning']);
        expect(warnings.messages()).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
    it('treats a null or undefined property as no data: the light DOM shows, silently', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render(
          html`<category-chips categories='["Data"]'><a href="/m">Markup</a></category-chips>`,
        );
        el.categories = null as unknown as undefined;
        await el.updateComplete;
        expect(visibleNames(el)).to.deep.equal(['Markup']);
        el.categories = ['Data again'];
        await el.updateComplete;
        expect(visibleNames(el)).to.deep.equal(['Data again']);
        el.categories = undefined;
        await el.updateComplete;
        expect(visibleNames(el)).to.deep.equal(['Markup']);
        expect(warnings.messages()).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('sort', () => {
    const MIXED = JSON.stringify([
      { name: 'Deep Learning', type: 'niche' },
      { name: 'Loose' },
      { name: 'Innovation', type: 'general' },
      { name: 'AI', type: 'specific' },
      { name: 'Tech', type: 'exact' },
      { name: 'Software', type: 'medium' },
      { name: 'Robots', type: 'niche' },
    ]);

    it('keeps the given order by default', async () => {
      const el = await render(html`<category-chips categories=${MIXED}></category-chips>`);
      expect(visibleNames(el)).to.deep.equal([
        'Deep Learning',
        'Loose',
        'Innovation',
        'AI',
        'Tech',
        'Software',
        'Robots',
      ]);
    });

    it('orders exact first, then general to niche, then untyped, keeping ties in the given order', async () => {
      const el = await render(html`<category-chips sort="specificity" categories=${MIXED}></category-chips>`);
      expect(visibleNames(el)).to.deep.equal([
        'Tech',
        'Innovation',
        'Software',
        'AI',
        'Deep Learning',
        'Robots',
        'Loose',
      ]);
    });

    it('warns about an unknown order and keeps the given one', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render(
          html`<category-chips sort="alphabetical" categories='["B","A"]'></category-chips>`,
        );
        expect(visibleNames(el)).to.deep.equal(['B', 'A']);
        expect(warnings.messages()).to.have.length(1);
        expect(warnings.messages()[0]).to.contain('<category-chips>').and.contain('sort="alphabetical"');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('links', () => {
    it('links each item with an href, with rel="tag", and leaves the others as text', async () => {
      const el = await render(
        html`<category-chips categories='[{"name":"Tech","href":"/category/tech"},{"name":"Plain"}]'></category-chips>`,
      );
      const [tech, plain] = chips(el);
      expect(tech!.localName).to.equal('a');
      expect(tech!.getAttribute('href')).to.equal('/category/tech');
      expect(tech!.getAttribute('rel')).to.equal('tag');
      expect(plain!.localName).to.equal('span');
    });

    it('builds links from href-template with Unicode-aware slugs in several scripts, never empty', async () => {
      const names = [
        'Künstliche Intelligenz',
        '人工知能',
        'Машинное обучение',
        'الذكاء الاصطناعي',
        'Ελληνικά',
        '???',
        'C & C++',
      ];
      const el = await render(
        html`<category-chips href-template="/category/{slug}" categories=${JSON.stringify(names)}></category-chips>`,
      );
      expect(chips(el).map((chip) => chip.getAttribute('href'))).to.deep.equal([
        '/category/kunstliche-intelligenz',
        '/category/人工知能',
        '/category/машинное-обучение',
        '/category/الذكاء-الاصطناعي',
        '/category/ελληνικα',
        '/category/category',
        '/category/c-c',
      ]);
      expect(chips(el).every((chip) => chip.getAttribute('rel') === 'tag')).to.equal(true);
    });

    it('puts the URI-encoded name in {name}', async () => {
      const el = await render(
        html`<category-chips href-template="/search?tag={name}" categories='["Q&A / Tips","人工知能"]'></category-chips>`,
      );
      expect(chips(el).map((chip) => chip.getAttribute('href'))).to.deep.equal([
        '/search?tag=Q%26A%20%2F%20Tips',
        `/search?tag=${encodeURIComponent('人工知能')}`,
      ]);
    });

    it('lets an item href win over the template', async () => {
      const el = await render(
        html`<category-chips href-template="/c/{slug}" categories='[{"name":"A","href":"/own"},"B"]'></category-chips>`,
      );
      expect(chips(el).map((chip) => chip.getAttribute('href'))).to.deep.equal(['/own', '/c/b']);
    });

    it('marks external links noopener noreferrer', async () => {
      const el = await render(
        html`<category-chips categories='[{"name":"Away","href":"https://example.com/tags/away"}]'></category-chips>`,
      );
      expect(chips(el)[0]!.getAttribute('rel')).to.equal('tag noopener noreferrer');
    });

    it('drops unsafe item links, keeps the name as text, and warns once', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render(
          html`<category-chips categories='[{"name":"Bad","href":"javascript:alert(1)"},{"name":"Worse","href":" JAVASCRIPT:alert(2)"}]'></category-chips>`,
        );
        expect(chips(el).map((chip) => chip.localName)).to.deep.equal(['span', 'span']);
        expect(visibleNames(el)).to.deep.equal(['Bad', 'Worse']);
        expect(warnings.messages()).to.have.length(1);
        expect(warnings.messages()[0])
          .to.contain('<category-chips>')
          .and.contain('href="javascript:alert(1)"');
      } finally {
        warnings.restore();
      }
    });

    it('ignores a template that builds unsafe links, and warns naming it', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render(
          html`<category-chips href-template="javascript:go('{slug}')" categories='["A","B"]'></category-chips>`,
        );
        expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
        expect(warnings.messages()).to.have.length(1);
        expect(warnings.messages()[0])
          .to.contain('<category-chips>')
          .and.contain(`href-template="javascript:go('{slug}')"`);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('light DOM (progressive mode)', () => {
    it('renders the links written inside, keeping their href, type and target, and shows them once', async () => {
      const el = await render(html`
        <category-chips>
          <a href="/category/tech" data-type="exact">Tech</a>
          <a href="/category/ai" data-type="specific" target="_blank">Artificial   Intelligence</a>
        </category-chips>
      `);
      expect(visibleNames(el)).to.deep.equal(['Tech', 'Artificial Intelligence']);
      expect(chips(el).map((chip) => chip.getAttribute('href'))).to.deep.equal([
        '/category/tech',
        '/category/ai',
      ]);
      expect(chips(el).map((chip) => chip.dataset.type)).to.deep.equal(['exact', 'specific']);
      expect(chips(el)[1]!.getAttribute('target')).to.equal('_blank');
      expect(chips(el).every((chip) => chip.getAttribute('rel') === 'tag')).to.equal(true);
      // The author's links stay in the document but are not rendered a second time.
      for (const link of el.querySelectorAll('a')) expect(link.getClientRects()).to.have.length(0);
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    });

    it('reads list items, with or without links, and applies href-template to the bare ones', async () => {
      const el = await render(html`
        <category-chips href-template="/tags/{slug}">
          <ul>
            <li data-type="general">Innovation</li>
            <li data-type="niche"><a href="/deep">Deep Learning</a></li>
            <li>Künstliche Intelligenz</li>
          </ul>
        </category-chips>
      `);
      expect(visibleNames(el)).to.deep.equal(['Innovation', 'Deep Learning', 'Künstliche Intelligenz']);
      expect(chips(el).map((chip) => chip.getAttribute('href'))).to.deep.equal([
        '/tags/innovation',
        '/deep',
        '/tags/kunstliche-intelligenz',
      ]);
      expect(chips(el).map((chip) => chip.dataset.type ?? '')).to.deep.equal(['general', 'niche', '']);
    });

    it('takes no type from a list item outside the element', async () => {
      const wrapper = await fixture(
        html`<ul><li data-type="exact"><category-chips><a href="/x">X</a></category-chips></li></ul>`,
      );
      const el = wrapper.querySelector('category-chips')!;
      await el.updateComplete;
      expect(chips(el)[0]!.hasAttribute('data-type')).to.equal(false);
    });

    it('follows changes to the light DOM', async () => {
      const el = await render(html`<category-chips><a href="/a">A</a></category-chips>`);
      const link = document.createElement('a');
      link.href = '/b';
      link.textContent = 'B';
      el.append(link);
      await nextFrame();
      await el.updateComplete;
      expect(visibleNames(el)).to.deep.equal(['A', 'B']);
      el.querySelector('a')!.textContent = 'Alpha';
      await nextFrame();
      await el.updateComplete;
      expect(visibleNames(el)).to.deep.equal(['Alpha', 'B']);
    });

    it('prefers a valid categories value over the light DOM', async () => {
      const el = await render(
        html`<category-chips categories='["From data"]'><a href="/x">From markup</a></category-chips>`,
      );
      expect(visibleNames(el)).to.deep.equal(['From data']);
    });

    it('shows other light-DOM content as written when it holds no links or list items', async () => {
      const el = await render(html`<category-chips><span>Tech, Innovation</span></category-chips>`);
      expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
      expect(chips(el)).to.have.length(0);
      expect(el.querySelector('span')!.getBoundingClientRect().width).to.be.greaterThan(0);
    });

    it('stops following the light DOM once disconnected, and picks it up again when reconnected', async () => {
      const el = await render(html`<category-chips><a href="/a">A</a></category-chips>`);
      const parent = el.parentElement!;
      el.remove();
      el.querySelector('a')!.textContent = 'Changed';
      await nextFrame();
      await el.updateComplete;
      expect(chips(el).map((chip) => chip.textContent!.trim())).to.deep.equal(['A']);
      parent.append(el);
      await el.updateComplete;
      expect(visibleNames(el)).to.deep.equal(['Changed']);
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => {
      warnings = captureWarnings();
    });
    afterEach(() => warnings.restore());

    it('falls back to the light DOM on invalid JSON and warns once naming the attribute and value', async () => {
      const el = await render(
        html`<category-chips categories="[{name: Tech}"><a href="/t">Tech (markup)</a></category-chips>`,
      );
      expect(visibleNames(el)).to.deep.equal(['Tech (markup)']);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0])
        .to.contain('<category-chips>')
        .and.contain('categories="[{name: Tech}"')
        .and.contain('JSON');
    });

    it('falls back on a value that is not an array', async () => {
      const el = await render(
        html`<category-chips categories='{"name":"Tech"}'><li>Kept</li></category-chips>`,
      );
      expect(visibleNames(el)).to.deep.equal(['Kept']);
      el.categories = 42 as unknown as string[];
      await el.updateComplete;
      expect(visibleNames(el)).to.deep.equal(['Kept']);
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.contain('categories="{"name":"Tech"}"').and.contain('not an array');
    });

    it('renders the valid items and skips those without a name, warning once', async () => {
      const el = await render(
        html`<category-chips categories='[{"type":"exact"},{"name":"Good"},null,{"name":"   "},7,{"name":"Also good","type":"niche"}]'></category-chips>`,
      );
      expect(visibleNames(el)).to.deep.equal(['Good', 'Also good']);
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0])
        .to.contain('<category-chips>')
        .and.contain('categories="{"type":"exact"}"')
        .and.contain('without a name');
    });

    it('falls back to the light DOM when no item is valid', async () => {
      const el = await render(
        html`<category-chips categories='[{"type":"exact"}]'><a href="/m">Markup</a></category-chips>`,
      );
      expect(visibleNames(el)).to.deep.equal(['Markup']);
    });

    it('shows duplicate names once, comparing without case, keeping the first', async () => {
      const el = await render(
        html`<category-chips categories='[{"name":"Tech","type":"exact"},{"name":"tech","type":"niche"},"TECH","Ünïcode","ÜNÏCODE"]'></category-chips>`,
      );
      expect(visibleNames(el)).to.deep.equal(['Tech', 'Ünïcode']);
      expect(chips(el)[0]!.dataset.type).to.equal('exact');
      expect(warnings.messages()).to.have.length(0);
    });

    it('shows a name that looks like HTML as text', async () => {
      const payload = '<img src=x onerror="window.__chipsXss=1"><b>bold</b>';
      const el = await render(
        html`<category-chips categories=${JSON.stringify([{ name: payload, href: '/x' }])}></category-chips>`,
      );
      await nextFrame();
      expect(visibleNames(el)).to.deep.equal([payload]);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect((window as unknown as { __chipsXss?: number }).__chipsXss).to.equal(undefined);
    });

    it('ignores a max that is not a whole number of at least 1, and warns', async () => {
      const el = await render(html`<category-chips max="two" categories=${SEED}></category-chips>`);
      expect(visibleNames(el)).to.have.length(5);
      expect(moreButton(el)).to.equal(null);
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.contain('<category-chips>').and.contain('max="two"');
    });

    it('renders nothing, and does not throw, with no data at all', async () => {
      const el = await render(html`<category-chips categories="[]"></category-chips>`);
      expect(list(el)).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('max', () => {
    it('shows the first chips and a "+N more" button that is collapsed', async () => {
      const el = await render(html`<category-chips max="3" categories=${SEED}></category-chips>`);
      expect(visibleNames(el)).to.deep.equal(['Tech', 'Innovation', 'Software Engineering']);
      const button = moreButton(el)!;
      expect(button.localName).to.equal('button');
      expect(button.textContent!.trim()).to.equal('+2 more');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(list(el)!.id);
      // The button is not one of the categories.
      expect(list(el)!.contains(button)).to.equal(false);
    });

    it('shows no button when max is not below the number of chips', async () => {
      const el = await render(html`<category-chips max="5" categories=${SEED}></category-chips>`);
      expect(moreButton(el)).to.equal(null);
      expect(visibleNames(el)).to.have.length(5);
    });

    it('reveals the rest from the keyboard, moves focus to the first revealed chip, and collapses again', async () => {
      const el = await render(
        html`<category-chips max="3" href-template="/c/{slug}" categories=${SEED}></category-chips>`,
      );
      const button = moreButton(el)!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibleNames(el)).to.have.length(5);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Show fewer');
      expect(document.activeElement).to.equal(el);
      expect(focused(el)!.textContent).to.equal('Artificial Intelligence');
      // Tab goes on through the revealed chips to the button.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)!.textContent).to.equal('Deep Learning');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(button);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(visibleNames(el)).to.have.length(3);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(focused(el), 'focus stays on the button').to.equal(button);
      expect(button.textContent!.trim()).to.equal('+2 more');
    });

    it('focuses the first revealed chip even when chips are not links', async () => {
      const el = await render(html`<category-chips max="2" categories=${SEED}></category-chips>`);
      moreButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)!.textContent).to.equal('Software Engineering');
      // Focusable from script only: not added to the tab order.
      expect(focused(el)!.getAttribute('tabindex')).to.equal('-1');
    });

    it('fires category-chips-toggle on the reader’s click, not on a property change', async () => {
      const el = await render(html`<category-chips max="1" categories=${SEED}></category-chips>`);
      const heard = sinon.spy();
      document.addEventListener('category-chips-toggle', heard);
      try {
        el.expanded = true;
        await el.updateComplete;
        expect(visibleNames(el)).to.have.length(5);
        expect(heard.called).to.equal(false);
        setTimeout(() => moreButton(el)!.click());
        const event = await oneEvent(el, 'category-chips-toggle');
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.detail).to.deep.equal({ expanded: false, hidden: 4 });
        await el.updateComplete;
        expect(visibleNames(el)).to.deep.equal(['Tech']);
      } finally {
        document.removeEventListener('category-chips-toggle', heard);
      }
    });
  });

  describe('strings', () => {
    it('speaks the language of the closest lang, with plural-aware wording', async () => {
      const wrapper = await fixture(html`<div lang="fr">
        <category-chips max="4" categories=${SEED}></category-chips>
        <category-chips max="3" categories=${SEED}></category-chips>
      </div>`);
      const [one, two] = Array.from(wrapper.querySelectorAll('category-chips'));
      await one!.updateComplete;
      await two!.updateComplete;
      expect(list(one!)!.getAttribute('aria-label')).to.equal('Catégories');
      expect(moreButton(one!)!.textContent!.trim()).to.equal('+1 autre');
      expect(moreButton(two!)!.textContent!.trim()).to.equal('+2 autres');
      wrapper.setAttribute('lang', 'de');
      await nextFrame();
      await one!.updateComplete;
      expect(list(one!)!.getAttribute('aria-label')).to.equal('Kategorien');
      expect(moreButton(one!)!.textContent!.trim()).to.equal('+1 weitere');
    });

    it('keeps a language’s own general wording when it registers no singular', async () => {
      registerLocale('nl', { 'category-chips.more': '+{count} meer', 'category-chips.label': 'Categorieën' });
      const el = await render(html`<category-chips lang="nl" max="4" categories=${SEED}></category-chips>`);
      expect(moreButton(el)!.textContent!.trim()).to.equal('+1 meer');
      expect(list(el)!.getAttribute('aria-label')).to.equal('Categorieën');
    });

    it('still renders, in English numbers, when the page lang is not a valid language tag', async () => {
      const wrapper = await fixture(
        html`<div lang="en_US"><category-chips max="2" categories=${SEED}></category-chips></div>`,
      );
      const el = wrapper.querySelector('category-chips')!;
      await el.updateComplete;
      expect(visibleNames(el)).to.deep.equal(['Tech', 'Innovation']);
      expect(moreButton(el)!.textContent!.trim()).to.equal('+3 more');
      expect(list(el)!.getAttribute('aria-label')).to.equal('Categories');
    });

    it('lets the author override every string', async () => {
      const el = await render(
        html`<category-chips label="Filed under" more-label="and {count} others" less-label="Fewer" max="3" categories=${SEED}></category-chips>`,
      );
      expect(list(el)!.getAttribute('aria-label')).to.equal('Filed under');
      const button = moreButton(el)!;
      expect(button.textContent!.trim()).to.equal('and 2 others');
      button.click();
      await el.updateComplete;
      expect(button.textContent!.trim()).to.equal('Fewer');
    });

    it('keeps the localized strings when an override is only white space, so the list and button are never nameless', async () => {
      const el = await render(
        html`<category-chips label="  " more-label=" " less-label="  " max="3" categories=${SEED}></category-chips>`,
      );
      expect(list(el)!.getAttribute('aria-label')).to.equal('Categories');
      const button = moreButton(el)!;
      expect(button.textContent!.trim()).to.equal('+2 more');
      button.click();
      await el.updateComplete;
      expect(button.textContent!.trim()).to.equal('Show fewer');
    });
  });

  describe('layout', () => {
    it('sits inline in a line of text', async () => {
      const wrapper = await fixture(
        html`<p style="width:800px">By Ada · <category-chips categories='["Tech","AI"]'></category-chips> · 5 min</p>`,
      );
      const el = wrapper.querySelector('category-chips')!;
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('inline-block');
      const text = wrapper.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      expect(box.left).to.be.greaterThan(text.left + 10);
      expect(box.top - text.top).to.be.lessThan(box.height);
    });

    it('lays chips out right to left in a right-to-left page', async () => {
      const wrapper = await fixture(
        html`<div dir="rtl" lang="ar" style="width:600px"><category-chips max="2" categories=${SEED}></category-chips></div>`,
      );
      const el = wrapper.querySelector('category-chips')!;
      await el.updateComplete;
      const [first, second] = visibleChips(el);
      expect(first!.getBoundingClientRect().left).to.be.greaterThan(
        second!.getBoundingClientRect().right - 1,
      );
      const button = moreButton(el)!;
      expect(button.getBoundingClientRect().right).to.be.at.most(second!.getBoundingClientRect().left + 1);
      expect(list(el)!.getAttribute('aria-label')).to.equal('التصنيفات');
      expect(button.textContent!.trim()).to.equal(`+${new Intl.NumberFormat('ar').format(3)} أخرى`);
    });
  });

  describe('forced colours', () => {
    /** Applies the element's own forced-colours rules unconditionally (the runner cannot emulate the mode). */
    function forceColors(el: CategoryChips): void {
      const inner: string[] = [];
      for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('forced-colors')) {
            for (const nested of rule.cssRules) inner.push(nested.cssText);
          }
        }
      }
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(inner.join('\n'));
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
    }

    it('keeps every chip name readable (no text in Canvas, the colour the mode paints behind text) and links in LinkText', async () => {
      const plain = await render(html`<category-chips categories=${SEED}></category-chips>`);
      const linked = await render(
        html`<category-chips href-template="/c/{slug}" categories=${SEED}></category-chips>`,
      );
      const probe = document.createElement('span');
      document.body.append(probe);
      const system = (name: string) => ((probe.style.color = name), getComputedStyle(probe).color);
      const [canvas, linkText] = [system('Canvas'), system('LinkText')];
      probe.remove();
      for (const el of [plain, linked]) {
        forceColors(el);
        for (const chip of chips(el)) {
          expect(getComputedStyle(chip).color, `${chip.localName} ${chip.dataset.type}`).not.to.equal(canvas);
        }
      }
      // Links look like links, in every tier.
      for (const chip of chips(linked))
        expect(getComputedStyle(chip).color, chip.dataset.type).to.equal(linkText);
      // The exact tier still stands out: a double outline.
      expect(getComputedStyle(chips(plain)[0]!).borderTopStyle).to.equal('double');
    });
  });

  describe('before upgrade', () => {
    /** The pre-upgrade rules, applied to a tag that never upgrades. */
    async function pending(): Promise<HTMLStyleElement> {
      const css = await (
        await fetch(new URL('../src/category-chips/category-chips.pre-upgrade.css', import.meta.url))
      ).text();
      const style = document.createElement('style');
      style.textContent = css.replaceAll('category-chips', 'category-chips-pending');
      document.head.append(style);
      return style;
    }

    it('takes the upgraded size, so the rest of the line does not move, for lists and links, on one line or wrapped', async () => {
      const style = await pending();
      try {
        const list =
          '<ul> <li data-type="exact">Music</li> <li data-type="general">Field Recording</li> <li>Gear</li> </ul>';
        const links =
          '<a href="#a" data-type="exact">Cooking</a> <a href="#b" data-type="niche">Bread</a> <a href="#c">Baking Tools</a>';
        const wrapper = await fixture<HTMLDivElement>(html`<div style="font:16px/1.5 serif"></div>`);
        for (const [content, width] of [
          [list, 600],
          [links, 600],
          [list, 180],
          [links, 160],
        ] as const) {
          wrapper.style.width = `${width}px`;
          wrapper.replaceChildren();
          for (const tag of ['category-chips-pending', 'category-chips']) {
            const line = document.createElement('p');
            line.append('By Ada · ');
            const chipsElement = document.createElement(tag);
            // The author's markup, as a CMS writes it (fixed test strings, no input).
            chipsElement.innerHTML = content;
            line.append(chipsElement, document.createElement('mark'));
            wrapper.append(line);
          }
          const upgraded = wrapper.querySelector('category-chips') as CategoryChips;
          await upgraded.updateComplete;
          const [before, after] = [...wrapper.querySelectorAll('p')].map((line) =>
            line.firstElementChild!.getBoundingClientRect(),
          );
          const [beforeEnd, afterEnd] = [...wrapper.querySelectorAll('mark')].map((mark) =>
            mark.getBoundingClientRect(),
          );
          const where = `${width}px: ${content}`;
          expect(before!.width, where).to.be.closeTo(after!.width, 1);
          expect(before!.height, where).to.be.closeTo(after!.height, 1);
          expect(beforeEnd!.left, where).to.be.closeTo(afterEnd!.left, 1);
        }
      } finally {
        style.remove();
      }
    });
  });

  describe('accessibility', () => {
    for (const scheme of COLOR_SCHEMES) {
      it(`passes axe in the ${scheme} scheme: plain, linked, collapsed and expanded`, async () => {
        useColorScheme(scheme);
        const plain = await render(html`<category-chips categories=${SEED}></category-chips>`);
        await expect(plain).to.be.accessible();
        const linked = await render(
          html`<category-chips href-template="/c/{slug}" categories=${SEED}></category-chips>`,
        );
        await expect(linked).to.be.accessible();
        const collapsed = await render(
          html`<category-chips max="2" href-template="/c/{slug}" categories=${SEED}></category-chips>`,
        );
        await expect(collapsed).to.be.accessible();
        moreButton(collapsed)!.click();
        await collapsed.updateComplete;
        await expect(collapsed).to.be.accessible();
        const light = await render(
          html`<category-chips><ul><li data-type="exact"><a href="/t">Tech</a></li><li>Other</li></ul></category-chips>`,
        );
        await expect(light).to.be.accessible();
      });
    }
  });
});
