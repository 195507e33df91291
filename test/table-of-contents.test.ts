import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { TableOfContents } from '../src/table-of-contents.js';
import {
  COLOR_SCHEMES,
  captureWarnings,
  nextFrame,
  resetColorScheme,
  scrollToY,
  useColorScheme,
  waitFor,
  trackObservers,
} from './helpers.js';

const VIEWPORT = () => document.documentElement.clientHeight;

interface Section {
  text: string;
  level?: number;
  /** Height of the text under the heading, in px. */
  height: number;
  id?: string;
}

/** Links the reader sees in the shadow list, in order. */
function links(toc: TableOfContents): HTMLAnchorElement[] {
  return [...toc.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
}

function texts(toc: TableOfContents): string[] {
  return links(toc).map((link) => link.textContent!.trim());
}

/** Text of the link marked current, or null. */
function current(toc: TableOfContents): string | null {
  const marked = [
    ...toc.shadowRoot!.querySelectorAll('a[aria-current="location"]'),
    ...toc.querySelectorAll('a[aria-current="location"]'),
  ];
  return marked.length ? marked.map((link) => link.textContent!.trim()).join('+') : null;
}

function docTop(element: Element): number {
  return element.getBoundingClientRect().top + window.scrollY;
}

function maxScroll(): number {
  return document.documentElement.scrollHeight - VIEWPORT();
}

/**
 * An article with the given sections, an optional sticky header, and the table of contents
 * fixed in a corner so it does not move the text.
 */
async function page(sections: Section[], options: { toc?: string; header?: number; after?: number } = {}) {
  const { header = 0, after = 0 } = options;
  const wrapper = await fixture<HTMLDivElement>(html`
    <div>
      ${header ? html`<header style="position:sticky;top:0;height:${header}px;background:#fff;z-index:1">Site</header>` : ''}
      <article id="story">
        ${sections.map(
          (section) => html`
            ${headingTemplate(section)}
            <div class="filler" style="height:${section.height}px"></div>
          `,
        )}
      </article>
      <div style="height:${after}px"></div>
      <aside style="position:fixed;top:0;right:0;width:220px"></aside>
    </div>
  `);
  const aside = wrapper.querySelector('aside')!;
  const toc = document.createElement('table-of-contents');
  toc.setAttribute('for', 'story');
  for (const [name, value] of new URLSearchParams(options.toc ?? '')) toc.setAttribute(name, value);
  aside.append(toc);
  await toc.updateComplete;
  await nextFrame();
  await nextFrame();
  return {
    wrapper,
    toc,
    article: wrapper.querySelector('article')!,
    headings: [...wrapper.querySelectorAll<HTMLElement>('article h1,article h2,article h3,article h4')],
  };
}

function headingTemplate(section: Section) {
  const style = 'margin:0;height:30px;line-height:30px';
  switch (section.level ?? 2) {
    case 1:
      return html`<h1 id=${section.id ?? ''} style=${style}>${section.text}</h1>`;
    case 3:
      return html`<h3 id=${section.id ?? ''} style=${style}>${section.text}</h3>`;
    case 4:
      return html`<h4 id=${section.id ?? ''} style=${style}>${section.text}</h4>`;
    default:
      return html`<h2 id=${section.id ?? ''} style=${style}>${section.text}</h2>`;
  }
}

/** lit renders `id=""` for a missing id; drop those so the element sees headings without ids. */
function dropEmptyIds(root: Element): void {
  for (const element of root.querySelectorAll('[id=""]')) element.removeAttribute('id');
}

async function settle(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

function clearHash(): void {
  history.replaceState(history.state, '', location.pathname + location.search);
}

describe('<table-of-contents>', () => {
  before(() => {
    document.body.style.margin = '0';
  });
  afterEach(async () => {
    document.documentElement.style.removeProperty('overflow-anchor');
    sinon.restore();
    resetColorScheme();
    clearHash();
    await scrollToY(0);
  });

  describe('structure', () => {
    it('lists h2 and h3 by default, nested, in a nav named "Table of contents"', async () => {
      const { toc } = await page([
        { text: 'Title', level: 1, height: 10 },
        { text: 'Alpha', height: 10 },
        { text: 'Alpha one', level: 3, height: 10 },
        { text: 'Too deep', level: 4, height: 10 },
        { text: 'Beta', height: 10 },
      ]);
      const nav = toc.shadowRoot!.querySelector('nav')!;
      expect(nav.getAttribute('aria-label')).to.equal('Table of contents');
      expect(nav.getAttribute('part')).to.equal('nav');
      expect(texts(toc)).to.deep.equal(['Alpha', 'Alpha one', 'Beta']);
      const top = nav.querySelector(':scope > ol')!;
      expect(top.getAttribute('part')).to.equal('list');
      expect([...top.children].map((li) => li.querySelector('a')!.textContent)).to.deep.equal([
        'Alpha',
        'Beta',
      ]);
      const nested = top.children[0]!.querySelector('ol')!;
      expect(nested.getAttribute('part')).to.equal('list');
      expect(nested.textContent!.trim()).to.equal('Alpha one');
      // Nested entries are indented from the inline start.
      const [alpha, alphaOne] = links(toc);
      expect(alphaOne!.getBoundingClientRect().left).to.be.greaterThan(
        alpha!.getBoundingClientRect().left + 8,
      );
    });

    it('nests skipped levels one step (h2 → h4 → h3) and follows `levels`', async () => {
      const { toc } = await page(
        [
          { text: 'One', height: 10 },
          { text: 'Deep', level: 4, height: 10 },
          { text: 'Middle', level: 3, height: 10 },
          { text: 'Two', height: 10 },
          { text: 'Two deep', level: 4, height: 10 },
        ],
        { toc: 'levels=2-4' },
      );
      const top = toc.shadowRoot!.querySelector('nav > ol')!;
      const items = [...top.children];
      expect(items.map((li) => li.querySelector('a')!.textContent)).to.deep.equal(['One', 'Two']);
      const underOne = [...items[0]!.querySelectorAll(':scope > ol > li > a')].map((a) => a.textContent);
      expect(underOne).to.deep.equal(['Deep', 'Middle']);
      expect([...items[1]!.querySelectorAll(':scope > ol > li > a')].map((a) => a.textContent)).to.deep.equal(
        ['Two deep'],
      );

      toc.levels = '2';
      await waitFor(() => texts(toc).length === 2, 'only h2 entries');
      expect(texts(toc)).to.deep.equal(['One', 'Two']);
    });

    it('gives headings without an id a unique, Unicode-aware slug and keeps existing ids', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <p id="overview">Something else already uses this id.</p>
          <article>
            <table-of-contents></table-of-contents>
            <h2>人工知能とは</h2>
            <h2>Künstliche Intelligenz</h2>
            <h2>Overview</h2>
            <h2>Overview</h2>
            <h2 id="Kept_ID">Kept</h2>
            <h2>Kept id</h2>
          </article>
        </div>
      `);
      const toc = wrapper.querySelector('table-of-contents')!;
      await toc.updateComplete;
      const ids = [...wrapper.querySelectorAll('h2')].map((heading) => heading.id);
      expect(ids).to.deep.equal([
        '人工知能とは',
        'kunstliche-intelligenz',
        'overview-2',
        'overview-3',
        'Kept_ID',
        'kept-id',
      ]);
      expect(links(toc).map((link) => link.getAttribute('href'))).to.deep.equal(ids.map((id) => `#${id}`));
      // Following a link natively finds its heading.
      for (const link of links(toc))
        expect(
          document.getElementById(decodeURIComponent(new URL(link.href).hash.slice(1))),
        ).to.be.instanceOf(HTMLHeadingElement);
    });

    it('leaves out its own headings, hidden headings and headings marked data-toc-ignore, and hidden text in headings', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <article>
          <table-of-contents><h2>On this page</h2></table-of-contents>
          <h2>Shown <a href="#shown" aria-hidden="true">#</a></h2>
          <h2 hidden>Hidden</h2>
          <h2 data-toc-ignore>Ignored</h2>
          <div data-toc-ignore><h2>Ignored too</h2></div>
        </article>
      `);
      const toc = wrapper.querySelector('table-of-contents')!;
      await toc.updateComplete;
      expect(texts(toc)).to.deep.equal(['Shown']);
      // The author's content inside the element stays visible, above the list.
      const title = toc.querySelector('h2')!;
      expect(title.assignedSlot).to.not.equal(null);
      expect(title.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(title.getBoundingClientRect().bottom).to.be.at.most(
        links(toc)[0]!.getBoundingClientRect().top + 1,
      );
    });

    it('reads the closest article, then main, when `for` is not set', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <h2>Outside</h2>
          <main>
            <h2>In main</h2>
            <article><table-of-contents></table-of-contents><h2>In article</h2></article>
            <aside><table-of-contents></table-of-contents></aside>
          </main>
        </div>
      `);
      const [inArticle, inMain] = wrapper.querySelectorAll('table-of-contents');
      await inMain!.updateComplete;
      expect(texts(inArticle!)).to.deep.equal(['In article']);
      expect(texts(inMain!)).to.deep.equal(['In main', 'In article']);
    });

    it('switches articles when `for` changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <table-of-contents for="first-story"></table-of-contents>
          <article id="first-story"><h2>First story</h2></article>
          <article id="second-story"><h2>Second story</h2><h3>Its part</h3></article>
        </div>
      `);
      const toc = wrapper.querySelector('table-of-contents')!;
      await toc.updateComplete;
      expect(texts(toc)).to.deep.equal(['First story']);
      toc.setAttribute('for', 'second-story');
      await waitFor(() => texts(toc).length === 2, 'the second article');
      expect(texts(toc)).to.deep.equal(['Second story', 'Its part']);
      // The first article is no longer watched.
      wrapper
        .querySelector('#first-story')!
        .append(Object.assign(document.createElement('h2'), { textContent: 'Ignored' }));
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(texts(toc)).to.deep.equal(['Second story', 'Its part']);
    });

    it('hides itself when there are no headings, and appears when one is added', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<article><table-of-contents></table-of-contents><p>Only text.</p></article>`,
      );
      const toc = wrapper.querySelector('table-of-contents')!;
      await toc.updateComplete;
      expect(toc.hasAttribute('empty')).to.equal(true);
      expect(getComputedStyle(toc).display).to.equal('none');
      const heading = document.createElement('h2');
      heading.textContent = 'Arrived';
      wrapper.append(heading);
      await waitFor(() => texts(toc).length === 1, 'the new heading to be listed');
      expect(toc.hasAttribute('empty')).to.equal(false);
      expect(toc.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(heading.id).to.equal('arrived');
    });

    it('rebuilds the list when headings are added, renamed or removed later', async () => {
      const { toc, article, headings } = await page([
        { text: 'First', height: 10 },
        { text: 'Second', height: 10 },
      ]);
      dropEmptyIds(article);
      const late = document.createElement('h3');
      late.textContent = 'Late arrival';
      article.append(late);
      await waitFor(() => texts(toc).includes('Late arrival'), 'the late heading');
      expect(texts(toc)).to.deep.equal(['First', 'Second', 'Late arrival']);
      headings[0]!.textContent = 'First, renamed';
      await waitFor(() => texts(toc)[0] === 'First, renamed', 'the renamed heading');
      headings[1]!.remove();
      await waitFor(() => texts(toc).length === 2, 'the removed heading to go');
      expect(texts(toc)).to.deep.equal(['First, renamed', 'Late arrival']);
    });
  });

  describe('scroll-spy', () => {
    it('marks the section being read while scrolling through a long article, and nothing above the first heading', async () => {
      const vh = VIEWPORT();
      const sections = ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map((text) => ({
        text,
        height: Math.round(vh * 1.2),
      }));
      const { toc, headings } = await page(sections, { after: 0 });
      await scrollToY(0);
      expect(current(toc)).to.equal('One'); // the first heading is at the very top of the page
      for (const [index, heading] of headings.entries()) {
        await scrollToY(docTop(heading) - 20);
        await waitFor(
          () => current(toc) === (index === 0 ? 'One' : sections[index - 1]!.text),
          `the section before ${sections[index]!.text}`,
        );
        await scrollToY(docTop(heading) + 5);
        await waitFor(
          () => current(toc) === sections[index]!.text,
          `${sections[index]!.text} to become current`,
        );
        const active = toc.shadowRoot!.querySelector('a[aria-current="location"]')!;
        expect(active.getAttribute('part')).to.equal('link link-active');
        expect(toc.shadowRoot!.querySelectorAll('[part~="link-active"]')).to.have.length(1);
      }
    });

    it('marks nothing while the reader is above the first heading', async () => {
      const vh = VIEWPORT();
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <div style="height:${vh}px">Intro</div>
          <article id="intro-story">
            <h2 style="margin:0">First</h2>
            <div style="height:${vh * 2}px"></div>
            <h2 style="margin:0">Second</h2>
            <div style="height:${vh * 2}px"></div>
          </article>
          <table-of-contents for="intro-story" style="position:fixed;top:0;right:0"></table-of-contents>
        </div>
      `);
      const toc = wrapper.querySelector('table-of-contents')!;
      await toc.updateComplete;
      await settle();
      expect(current(toc)).to.equal(null);
      await scrollToY(vh + 10);
      await waitFor(() => current(toc) === 'First', 'First to become current');
    });

    it('makes the short last sections current one after the other, the last one at the bottom', async () => {
      const vh = VIEWPORT();
      const { toc, headings } = await page([
        { text: 'Long one', height: vh * 1.5 },
        { text: 'Long two', height: vh * 1.5 },
        { text: 'Short A', height: 40 },
        { text: 'Short B', height: 40 },
        { text: 'Short C', height: 40 },
      ]);
      const seen: string[] = [];
      const start = docTop(headings[1]!) + 10;
      for (let y = start; y < maxScroll(); y += 12) {
        await scrollToY(y);
        const now = current(toc);
        if (now && seen[seen.length - 1] !== now) seen.push(now);
      }
      await scrollToY(maxScroll());
      await waitFor(() => current(toc) === 'Short C', 'the last section at the bottom');
      if (seen[seen.length - 1] !== 'Short C') seen.push('Short C');
      expect(seen).to.deep.equal(['Long two', 'Short A', 'Short B', 'Short C']);
      // Each short section was current while its heading was on screen.
      await scrollToY(maxScroll() - 1);
      expect(['Short B', 'Short C']).to.include(current(toc));
    });

    it('keeps the exact rule near the end for a heading that can still reach the line', async () => {
      const vh = VIEWPORT();
      const { toc, headings } = await page([
        { text: 'Long', height: vh * 2 },
        { text: 'Almost a screen', height: vh - 100 },
        { text: 'Tiny A', height: 40 },
        { text: 'Tiny B', height: 40 },
      ]);
      // Most of the page's end is on screen, but the reader has not reached the next heading yet.
      await scrollToY(docTop(headings[1]!) - 20);
      await settle();
      expect(current(toc)).to.equal('Long');
      await scrollToY(docTop(headings[1]!) + 5);
      await waitFor(() => current(toc) === 'Almost a screen', 'the reachable heading at the line');
      await scrollToY(maxScroll());
      await waitFor(() => current(toc) === 'Tiny B', 'the last one at the bottom');
    });

    it('stays right when content above grows after load (a late image)', async () => {
      const vh = VIEWPORT();
      const { toc, headings, article } = await page([
        { text: 'First', height: vh },
        { text: 'Second', height: vh },
        { text: 'Third', height: vh },
        { text: 'Fourth', height: vh * 2 },
      ]);
      // Without scroll anchoring (older engines, or content growing inside the viewport) the text
      // moves under the reader.
      document.documentElement.style.overflowAnchor = 'none';
      await scrollToY(docTop(headings[2]!) + 10);
      await waitFor(() => current(toc) === 'Third', 'Third');
      // A picture in the first section loads and pushes everything down by two screens.
      const firstFiller = article.querySelector<HTMLElement>('.filler')!;
      firstFiller.style.height = `${vh * 3}px`;
      await waitFor(() => current(toc) === 'First', 'First after the growth');
      await scrollToY(docTop(headings[2]!) + 10);
      await waitFor(() => current(toc) === 'Third', 'Third again');
      // And it shrinks back: the reader is now far below, in the last section.
      firstFiller.style.height = '10px';
      await waitFor(() => current(toc) === 'Fourth', 'Fourth after the shrink');
      document.documentElement.style.removeProperty('overflow-anchor');
    });

    it('recomputes the short-tail behaviour when the page grows at the end', async () => {
      const vh = VIEWPORT();
      const { toc, headings, wrapper } = await page([
        { text: 'Long', height: vh * 2 },
        { text: 'Tail one', height: 40 },
        { text: 'Tail two', height: 40 },
      ]);
      await scrollToY(maxScroll());
      await waitFor(() => current(toc) === 'Tail two', 'Tail two at the bottom');
      // Comments load below the article: the page is now long enough for the headings to reach the top.
      const comments = document.createElement('div');
      comments.style.height = `${vh * 2}px`;
      wrapper.append(comments);
      await settle();
      await scrollToY(docTop(headings[1]!) + 5);
      await waitFor(() => current(toc) === 'Tail one', 'Tail one at the top');
      await scrollToY(docTop(headings[2]!) - 20);
      await settle();
      expect(current(toc)).to.equal('Tail one');
    });

    it('notices the page growing at the end on a page whose root is `height: 100%`', async () => {
      // A common reset: the root element keeps the viewport's height whatever the content.
      document.documentElement.style.height = '100%';
      try {
        const vh = VIEWPORT();
        const { toc, headings, wrapper } = await page([
          { text: 'Long', height: vh * 2 },
          { text: 'Tail one', height: 40 },
          { text: 'Tail two', height: 40 },
        ]);
        await scrollToY(maxScroll());
        await waitFor(() => current(toc) === 'Tail two', 'Tail two at the bottom');
        const comments = document.createElement('div');
        comments.style.height = `${vh * 2}px`;
        wrapper.append(comments);
        await settle();
        await settle();
        await scrollToY(docTop(headings[2]!) - 20);
        await settle();
        expect(current(toc)).to.equal('Tail one');
      } finally {
        document.documentElement.style.removeProperty('height');
      }
    });

    it('listens to no scroll event while the reader scrolls', async () => {
      const onWindow = sinon.spy(window, 'addEventListener');
      const onDocument = sinon.spy(document, 'addEventListener');
      const vh = VIEWPORT();
      const { toc, headings } = await page([
        { text: 'One', height: vh },
        { text: 'Two', height: vh },
        { text: 'Three', height: 40 },
      ]);
      await scrollToY(docTop(headings[1]!) + 5);
      await waitFor(() => current(toc) === 'Two', 'Two');
      await scrollToY(maxScroll());
      await waitFor(() => current(toc) === 'Three', 'Three at the bottom');
      const calls = [...onWindow.getCalls(), ...onDocument.getCalls()];
      expect(calls.filter((call) => /scroll/.test(String(call.args[0])))).to.have.length(0);
    });

    it('counts a heading as passed at the `offset` line below a sticky header', async () => {
      const vh = VIEWPORT();
      const { toc, headings } = await page(
        [
          { text: 'One', height: vh },
          { text: 'Two', height: vh },
          { text: 'Three', height: vh * 2 },
        ],
        { header: 60, toc: 'offset=60' },
      );
      // Two's top 10px below the header's bottom edge: still reading One.
      await scrollToY(docTop(headings[1]!) - 70);
      await settle();
      expect(current(toc)).to.equal('One');
      // Two's top hidden behind the header: reading Two.
      await scrollToY(docTop(headings[1]!) - 50);
      await waitFor(() => current(toc) === 'Two', 'Two below the header');
    });

    it('follows a change of `offset`', async () => {
      const vh = VIEWPORT();
      const { toc, headings } = await page([
        { text: 'One', height: vh },
        { text: 'Two', height: vh * 2 },
      ]);
      await scrollToY(docTop(headings[1]!) - 100);
      await settle();
      expect(current(toc)).to.equal('One');
      toc.offset = 150;
      await waitFor(() => current(toc) === 'Two', 'Two with a larger offset');
    });
  });

  describe('clicking an entry', () => {
    async function longPage(toc = '') {
      const vh = VIEWPORT();
      return page(
        ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map((text) => ({ text, height: vh })),
        { toc, after: vh },
      );
    }

    it('scrolls the heading to the top, focuses it, replaces the hash and never flickers through the sections between', async () => {
      sinon
        .stub(window, 'matchMedia')
        .callsFake((query: string) => ({ matches: false, media: query }) as MediaQueryList);
      const { toc, headings } = await longPage();
      dropEmptyIds(toc.parentElement!.parentElement!);
      const historyLength = history.length;
      const link = links(toc)[4]!;
      const seen = new Set<string | null>();
      link.click();
      expect(document.activeElement).to.equal(headings[4]);
      expect(headings[4]!.getAttribute('tabindex')).to.equal('-1');
      expect(location.hash).to.equal('#five');
      expect(history.length).to.equal(historyLength);
      let still = 0;
      let last = -1;
      const deadline = performance.now() + 4000;
      while (still < 5 && performance.now() < deadline) {
        await nextFrame();
        seen.add(current(toc));
        still = Math.abs(window.scrollY - last) < 0.5 ? still + 1 : 0;
        last = window.scrollY;
      }
      expect(headings[4]!.getBoundingClientRect().top).to.be.closeTo(0, 2);
      expect([...seen]).to.deep.equal(['Five']);
      await settle();
      expect(current(toc)).to.equal('Five');
      expect(document.activeElement).to.equal(headings[4]);
    });

    it('lets go of the clicked entry when the reader takes the scroll elsewhere before it arrives', async () => {
      sinon
        .stub(window, 'matchMedia')
        .callsFake((query: string) => ({ matches: false, media: query }) as MediaQueryList);
      const { toc, headings } = await longPage();
      links(toc)[4]!.click();
      await nextFrame();
      await nextFrame();
      // The reader grabs the page and goes back to the second section.
      window.scrollTo({ top: docTop(headings[1]!) + 5, behavior: 'instant' as ScrollBehavior });
      await waitFor(() => current(toc) === 'Two', 'Two, where the reader is', 4000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(current(toc)).to.equal('Two');
    });

    it('holds the clicked entry until the scroll stops in engines without the scrollend event', async () => {
      sinon
        .stub(window, 'matchMedia')
        .callsFake((query: string) => ({ matches: false, media: query }) as MediaQueryList);
      let owner: object | null = window;
      while (owner && !Object.prototype.hasOwnProperty.call(owner, 'onscrollend'))
        owner = Object.getPrototypeOf(owner) as object | null;
      const descriptor = owner ? Object.getOwnPropertyDescriptor(owner, 'onscrollend') : undefined;
      if (owner && descriptor) delete (owner as Record<string, unknown>)['onscrollend'];
      try {
        expect('onscrollend' in window).to.equal(false);
        const { toc, headings } = await longPage();
        const seen = new Set<string | null>();
        links(toc)[3]!.click();
        let still = 0;
        let last = -1;
        const deadline = performance.now() + 4000;
        while (still < 5 && performance.now() < deadline) {
          await nextFrame();
          seen.add(current(toc));
          still = Math.abs(window.scrollY - last) < 0.5 ? still + 1 : 0;
          last = window.scrollY;
        }
        expect(headings[3]!.getBoundingClientRect().top).to.be.closeTo(0, 2);
        expect([...seen]).to.deep.equal(['Four']);
        await new Promise((resolve) => setTimeout(resolve, 400));
        await scrollToY(docTop(headings[1]!) + 5);
        await waitFor(() => current(toc) === 'Two', 'spying again after the scroll');
      } finally {
        if (owner && descriptor) Object.defineProperty(owner, 'onscrollend', descriptor);
      }
    });

    it('lands the heading below the offset and keeps an existing tabindex', async () => {
      sinon
        .stub(window, 'matchMedia')
        .callsFake(
          (query: string) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList,
        );
      const { toc, headings } = await page(
        ['One', 'Two', 'Three'].map((text) => ({ text, height: VIEWPORT() })),
        { header: 60, toc: 'offset=60', after: VIEWPORT() },
      );
      headings[1]!.setAttribute('tabindex', '0');
      links(toc)[1]!.click();
      await settle();
      expect(headings[1]!.getBoundingClientRect().top).to.be.closeTo(60, 2);
      expect(headings[1]!.getAttribute('tabindex')).to.equal('0');
      expect(document.activeElement).to.equal(headings[1]);
      await waitFor(() => current(toc) === 'Two', 'Two current');
    });

    it('jumps instantly under prefers-reduced-motion and scrolls smoothly otherwise', async () => {
      let reduce = true;
      sinon
        .stub(window, 'matchMedia')
        .callsFake(
          (query: string) =>
            ({ matches: reduce && query.includes('reduce'), media: query }) as MediaQueryList,
        );
      const scrollTo = sinon.spy(window, 'scrollTo');
      const { toc, headings } = await longPage();
      links(toc)[2]!.click();
      expect(scrollTo.lastCall.args[0]).to.include({ behavior: 'instant' });
      await settle();
      expect(headings[2]!.getBoundingClientRect().top).to.be.closeTo(0, 2);
      reduce = false;
      links(toc)[0]!.click();
      expect(scrollTo.lastCall.args[0]).to.include({ behavior: 'smooth' });
    });

    it('leaves the address alone with `no-hash`', async () => {
      sinon
        .stub(window, 'matchMedia')
        .callsFake((query: string) => ({ matches: true, media: query }) as MediaQueryList);
      const { toc } = await longPage('no-hash');
      links(toc)[1]!.click();
      expect(location.hash).to.equal('');
    });

    it('lets modified clicks through (open in a new tab)', async () => {
      const { toc } = await longPage();
      const link = links(toc)[1]!;
      let prevented: boolean | undefined;
      document.addEventListener(
        'click',
        (event) => {
          prevented = event.defaultPrevented;
          event.preventDefault();
        },
        { once: true },
      );
      link.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }),
      );
      expect(prevented).to.equal(false);
    });

    it('works from the keyboard: Tab to an entry, Enter moves focus to its heading', async () => {
      sinon
        .stub(window, 'matchMedia')
        .callsFake((query: string) => ({ matches: true, media: query }) as MediaQueryList);
      const { toc, headings } = await longPage();
      links(toc)[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(toc.shadowRoot!.activeElement).to.equal(links(toc)[1]);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => document.activeElement === headings[1], 'focus on the heading');
      await settle();
      expect(headings[1]!.getBoundingClientRect().top).to.be.closeTo(0, 2);
      await waitFor(() => current(toc) === 'Two', 'Two current');
    });

    it('keeps a clicked short last section current at the bottom until the reader scrolls on', async () => {
      sinon
        .stub(window, 'matchMedia')
        .callsFake((query: string) => ({ matches: true, media: query }) as MediaQueryList);
      const vh = VIEWPORT();
      const { toc } = await page([
        { text: 'Long', height: vh * 2 },
        { text: 'Short A', height: 40 },
        { text: 'Short B', height: 40 },
      ]);
      links(toc)[1]!.click();
      await settle();
      await settle();
      expect(window.scrollY).to.be.closeTo(maxScroll(), 1);
      expect(current(toc)).to.equal('Short A');
      await scrollToY(0);
      await waitFor(() => current(toc) === 'Long', 'the pin to lift');
    });
  });

  describe('collapsible', () => {
    it('wraps the list in a closed disclosure with a localized summary; `open` opens it', async () => {
      const { toc } = await page([{ text: 'Alpha', height: 10 }], { toc: 'collapsible' });
      const details = toc.shadowRoot!.querySelector('details')!;
      const summary = details.querySelector('summary')!;
      expect(summary.textContent!.trim()).to.equal('Contents');
      expect(details.open).to.equal(false);
      expect(links(toc)[0]!.checkVisibility()).to.equal(false);
      // The landmark stays, with the summary inside it.
      expect(toc.shadowRoot!.querySelector('nav')!.contains(summary)).to.equal(true);
      toc.open = true;
      await toc.updateComplete;
      expect(details.open).to.equal(true);
      expect(links(toc)[0]!.checkVisibility()).to.equal(true);
    });

    it('is as tall as the line the pre-upgrade CSS reserves for it while closed', async () => {
      const { toc } = await page([{ text: 'Alpha', height: 10 }], { toc: 'collapsible' });
      const fontSize = parseFloat(getComputedStyle(toc).fontSize);
      expect(toc.getBoundingClientRect().height).to.be.closeTo(1.9 * fontSize, 1);
    });

    it('opens and closes from the keyboard and reflects the state in `open`', async () => {
      const { toc } = await page([{ text: 'Alpha', height: 10 }], { toc: 'collapsible' });
      const summary = toc.shadowRoot!.querySelector('summary')!;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => toc.hasAttribute('open'), 'open to be reflected');
      expect(toc.open).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => !toc.hasAttribute('open'), 'open to be removed');
    });

    it('takes its summary from `summary` and its name from `label`', async () => {
      const { toc } = await page([{ text: 'Alpha', height: 10 }], {
        toc: 'collapsible&summary=On this page&label=Article sections',
      });
      expect(toc.shadowRoot!.querySelector('summary')!.textContent!.trim()).to.equal('On this page');
      expect(toc.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Article sections');
    });
  });

  describe('progressive mode', () => {
    it('with dist/reading-elements.css, a list written in the page looks like the list the element draws', async () => {
      const link = Object.assign(document.createElement('link'), {
        rel: 'stylesheet',
        href: '/dist/reading-elements.css',
      });
      await new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = () =>
          reject(new Error('/dist/reading-elements.css failed to load; run npm run build'));
        document.head.append(link);
      });
      try {
        const wrapper = await fixture<HTMLDivElement>(html`
          <div>
            <style>
              a {
                color: rgb(200, 0, 0);
              }
            </style>
            <table-of-contents for="drawn-list"></table-of-contents>
            <table-of-contents for="drawn-list">
              <ol>
                <li><a href="#drawn-a">Alpha</a><ol><li><a href="#drawn-b">Beta</a></li></ol></li>
              </ol>
            </table-of-contents>
            <article id="drawn-list">
              <h2 id="drawn-a">Alpha</h2>
              <h3 id="drawn-b">Beta</h3>
            </article>
          </div>
        `);
        const [drawn, written] = [...wrapper.querySelectorAll('table-of-contents')] as TableOfContents[];
        await drawn!.updateComplete;
        await written!.updateComplete;
        const drawnLinks = [...drawn!.shadowRoot!.querySelectorAll('a')];
        const writtenLinks = [...written!.querySelectorAll('a')];
        const look = (a: Element) => {
          const style = getComputedStyle(a);
          return {
            display: style.display,
            decoration: style.textDecorationLine,
            padding: `${style.paddingTop} ${style.paddingInlineStart} ${style.paddingInlineEnd}`,
            border: style.borderInlineStartWidth,
            listStyle: getComputedStyle(a.closest('ol')!).listStyleType,
            left: Math.round(
              a.getBoundingClientRect().left -
                a.closest('table-of-contents, nav')!.getBoundingClientRect().left,
            ),
          };
        };
        expect(writtenLinks.map(look)).to.deep.equal(drawnLinks.map(look));
        expect(getComputedStyle(writtenLinks[0]!).color).to.equal(getComputedStyle(drawnLinks[0]!).color);
      } finally {
        link.remove();
      }
    });

    it('keeps the server-rendered list, visible and working, and marks its current link', async () => {
      sinon
        .stub(window, 'matchMedia')
        .callsFake((query: string) => ({ matches: true, media: query }) as MediaQueryList);
      const vh = VIEWPORT();
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <table-of-contents for="served" style="position:fixed;top:0;right:0">
            <ol class="server">
              <li><a href="#alpha">Alpha</a></li>
              <li><a href="#beta">Beta</a><ol><li><a href="#beta-detail">Beta detail</a></li></ol></li>
            </ol>
          </table-of-contents>
          <article id="served">
            <h2 id="alpha" style="margin:0">Alpha heading</h2>
            <div style="height:${vh}px"></div>
            <h2 id="beta" style="margin:0">Beta heading</h2>
            <div style="height:${vh}px"></div>
            <h3 id="beta-detail" style="margin:0">Beta detail heading</h3>
            <div style="height:${vh * 2}px"></div>
            <h2 id="unlisted" style="margin:0">Not in the served list</h2>
          </article>
        </div>
      `);
      const toc = wrapper.querySelector('table-of-contents')!;
      await toc.updateComplete;
      const list = toc.querySelector('ol.server')!;
      const [alpha, beta, detail] = [...toc.querySelectorAll('a')];
      expect(list.assignedSlot).to.not.equal(null);
      expect(list.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(toc.shadowRoot!.querySelector('ol')).to.equal(null);
      expect(list.assignedSlot!.closest('nav')!.getAttribute('aria-label')).to.equal('Table of contents');
      expect(wrapper.querySelector('#unlisted')!.id).to.equal('unlisted');

      await scrollToY(docTop(wrapper.querySelector('#beta')!) + 5);
      await waitFor(() => beta!.getAttribute('aria-current') === 'location', 'Beta current');
      expect(beta!.hasAttribute('data-active')).to.equal(true);
      expect(alpha!.hasAttribute('aria-current')).to.equal(false);
      expect(alpha!.hasAttribute('data-active')).to.equal(false);

      detail!.click();
      const heading = wrapper.querySelector<HTMLElement>('#beta-detail')!;
      expect(document.activeElement).to.equal(heading);
      expect(location.hash).to.equal('#beta-detail');
      await settle();
      expect(heading.getBoundingClientRect().top).to.be.closeTo(0, 2);
      await waitFor(() => detail!.getAttribute('aria-current') === 'location', 'detail current');
      expect(beta!.hasAttribute('aria-current')).to.equal(false);
      await expect(wrapper).to.be.accessible();
    });

    it('follows changes to the served list and keeps the current link marked', async () => {
      const vh = VIEWPORT();
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <table-of-contents for="served-2" style="position:fixed;top:0;right:0">
            <ul><li><a href="#p-one">One</a></li><li><a href="#p-two">Two</a></li></ul>
          </table-of-contents>
          <article id="served-2">
            <h2 id="p-one" style="margin:0">One</h2><div style="height:${vh}px"></div>
            <h2 id="p-two" style="margin:0">Two</h2><div style="height:${vh}px"></div>
            <h2 id="p-three" style="margin:0">Three</h2><div style="height:${vh * 2}px"></div>
          </article>
        </div>
      `);
      const toc = wrapper.querySelector('table-of-contents')!;
      await toc.updateComplete;
      await scrollToY(docTop(wrapper.querySelector('#p-two')!) + 5);
      await waitFor(() => current(toc) === 'Two', 'Two');
      toc.querySelectorAll('a')[1]!.textContent = 'Second';
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = '#p-three';
      link.textContent = 'Three';
      item.append(link);
      toc.querySelector('ul')!.append(item);
      await new Promise((resolve) => setTimeout(resolve, 120));
      await settle();
      expect(current(toc)).to.equal('Second');
      await scrollToY(docTop(wrapper.querySelector('#p-three')!) + 5);
      await waitFor(() => current(toc) === 'Three', 'the added link');
    });

    it('uses the author’s own <nav> instead of adding a second landmark', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <table-of-contents for="own-nav"><nav aria-label="In this post"><ul><li><a href="#x">X</a></li></ul></nav></table-of-contents>
          <article id="own-nav"><h2 id="x">X</h2></article>
        </div>
      `);
      const toc = wrapper.querySelector('table-of-contents')!;
      await toc.updateComplete;
      await settle();
      expect(toc.shadowRoot!.querySelector('nav')).to.equal(null);
      expect(toc.querySelector('nav')!.assignedSlot).to.not.equal(null);
    });
  });

  describe('several instances', () => {
    it('work independently, each on its own article', async () => {
      sinon
        .stub(window, 'matchMedia')
        .callsFake((query: string) => ({ matches: true, media: query }) as MediaQueryList);
      const vh = VIEWPORT();
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <div style="position:fixed;top:0;right:0;width:200px">
            <table-of-contents for="first"></table-of-contents>
            <table-of-contents for="second" no-hash></table-of-contents>
          </div>
          <article id="first">
            <h2 style="margin:0">A one</h2><div style="height:${vh}px"></div>
            <h2 style="margin:0">A two</h2><div style="height:${vh}px"></div>
          </article>
          <article id="second">
            <h2 style="margin:0">B one</h2><div style="height:${vh}px"></div>
            <h2 style="margin:0">B two</h2><div style="height:${vh * 2}px"></div>
          </article>
        </div>
      `);
      const [first, second] = wrapper.querySelectorAll('table-of-contents');
      await second!.updateComplete;
      await settle();
      expect(texts(first!)).to.deep.equal(['A one', 'A two']);
      expect(texts(second!)).to.deep.equal(['B one', 'B two']);
      await scrollToY(docTop(wrapper.querySelector('#second h2')!) + 5);
      await waitFor(
        () => current(second!) === 'B one' && current(first!) === 'A two',
        'both current entries',
      );
      links(second!)[1]!.click();
      await settle();
      await waitFor(() => current(second!) === 'B two', 'B two');
      expect(current(first!)).to.equal('A two');
      expect(location.hash).to.equal('');
      links(first!)[0]!.click();
      expect(location.hash).to.equal('#a-one');
      await waitFor(() => current(first!) === 'A one', 'A one');
      await waitFor(() => current(second!) === null, 'nothing current in the second, above it');
    });
  });

  describe('appearance', () => {
    it('marks the current link with a marker and weight, not colour alone, in the custom colour', async () => {
      const vh = VIEWPORT();
      const { toc, headings } = await page([
        { text: 'One', height: vh },
        { text: 'Two', height: vh },
        { text: 'Three', height: vh * 2 },
      ]);
      toc.style.setProperty('--table-of-contents-active-color', 'rgb(200, 0, 0)');
      await scrollToY(docTop(headings[1]!) + 5);
      await waitFor(() => current(toc) === 'Two', 'Two');
      const [one, two] = links(toc);
      const activeStyle = getComputedStyle(two!);
      const idleStyle = getComputedStyle(one!);
      expect(activeStyle.color).to.equal('rgb(200, 0, 0)');
      expect(activeStyle.borderLeftColor).to.equal('rgb(200, 0, 0)');
      expect(parseFloat(activeStyle.borderLeftWidth)).to.be.greaterThan(1);
      expect(Number(activeStyle.fontWeight)).to.be.greaterThan(Number(idleStyle.fontWeight));
      expect(idleStyle.borderLeftColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('indents nested levels by --table-of-contents-indent', async () => {
      const { toc } = await page([
        { text: 'One', height: 10 },
        { text: 'One sub', level: 3, height: 10 },
      ]);
      toc.style.setProperty('--table-of-contents-indent', '40px');
      const [one, sub] = links(toc);
      expect(sub!.getBoundingClientRect().left - one!.getBoundingClientRect().left).to.be.closeTo(40, 0.5);
    });

    it('mirrors in a right-to-left page: indent and marker on the right', async () => {
      const vh = VIEWPORT();
      const { toc, headings, wrapper } = await page([
        { text: 'واحد', height: vh },
        { text: 'فرعي', level: 3, height: vh * 2 },
      ]);
      wrapper.setAttribute('dir', 'rtl');
      wrapper.setAttribute('lang', 'ar');
      await waitFor(
        () => toc.shadowRoot!.querySelector('nav')!.getAttribute('aria-label') === 'جدول المحتويات',
        'the Arabic name',
      );
      const [one, sub] = links(toc);
      expect(one!.getBoundingClientRect().right - sub!.getBoundingClientRect().right).to.be.greaterThan(8);
      await scrollToY(docTop(headings[1]!) + 5);
      await waitFor(() => current(toc) === 'فرعي', 'the sub-section');
      const style = getComputedStyle(sub!);
      expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(1);
      expect(style.borderRightColor).to.equal(style.color);
    });

    it('keeps the current link in view when the element scrolls on its own (a tall sticky sidebar)', async () => {
      const vh = VIEWPORT();
      const names = Array.from({ length: 12 }, (_, i) => `Part ${i + 1}`);
      const { toc, headings } = await page(
        names.map((text) => ({ text, height: Math.round(vh / 2) })),
        { after: vh },
      );
      toc.style.cssText = 'display:block;max-height:90px;overflow:auto';
      await scrollToY(docTop(headings[10]!) + 5);
      await waitFor(() => current(toc) === 'Part 11', 'Part 11');
      await settle();
      const box = toc.getBoundingClientRect();
      const link = links(toc)[10]!.getBoundingClientRect();
      expect(link.top).to.be.at.least(box.top - 1);
      expect(link.bottom).to.be.at.most(box.bottom + 1);
    });

    it('shows a focus ring on the focused link', async () => {
      const { toc } = await page([
        { text: 'One', height: 10 },
        { text: 'Two', height: 10 },
      ]);
      links(toc)[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(toc.shadowRoot!.activeElement).to.equal(links(toc)[1]);
      const style = getComputedStyle(links(toc)[1]!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('languages', () => {
    it('speaks the language of the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <article lang="fr"><table-of-contents collapsible></table-of-contents><h2>Un</h2></article>
      `);
      const toc = wrapper.querySelector('table-of-contents')!;
      await toc.updateComplete;
      expect(toc.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Table des matières');
      expect(toc.shadowRoot!.querySelector('summary')!.textContent!.trim()).to.equal('Sommaire');
      wrapper.setAttribute('lang', 'de');
      await waitFor(
        () => toc.shadowRoot!.querySelector('nav')!.getAttribute('aria-label') === 'Inhaltsverzeichnis',
        'German',
      );
    });
  });

  describe('bad input', () => {
    it('warns once about a bad `levels` and uses 2-3', async () => {
      const warnings = captureWarnings();
      try {
        const { toc } = await page(
          [
            { text: 'Two', height: 10 },
            { text: 'Three', level: 3, height: 10 },
            { text: 'Four', level: 4, height: 10 },
          ],
          { toc: 'levels=h2 to h9' },
        );
        toc.requestUpdate();
        await toc.updateComplete;
        expect(texts(toc)).to.deep.equal(['Two', 'Three']);
        const messages = warnings.messages().filter((message) => message.includes('<table-of-contents>'));
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain('levels="h2 to h9"');
      } finally {
        warnings.restore();
      }
    });

    it('warns about a bad `offset` and uses 0', async () => {
      const warnings = captureWarnings();
      try {
        const vh = VIEWPORT();
        const { toc, headings } = await page(
          [
            { text: 'One', height: vh },
            { text: 'Two', height: vh * 2 },
          ],
          { toc: 'offset=lots' },
        );
        const messages = warnings.messages().filter((message) => message.includes('<table-of-contents>'));
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain('offset="lots"');
        await scrollToY(docTop(headings[1]!) + 5);
        await waitFor(() => current(toc) === 'Two', 'Two');
      } finally {
        warnings.restore();
      }
    });

    it('warns about a `for` that names no element and reads the surrounding article', async () => {
      const warnings = captureWarnings();
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<article><table-of-contents for="nowhere"></table-of-contents><h2>Here</h2></article>`,
        );
        const toc = wrapper.querySelector('table-of-contents')!;
        await toc.updateComplete;
        expect(texts(toc)).to.deep.equal(['Here']);
        const messages = warnings.messages().filter((message) => message.includes('<table-of-contents>'));
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain('for="nowhere"');
      } finally {
        warnings.restore();
      }
    });

    it('treats heading text as text', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<article><table-of-contents></table-of-contents><h2>&lt;img src=x onerror=alert(1)&gt;</h2></article>`,
      );
      const toc = wrapper.querySelector('table-of-contents')!;
      await toc.updateComplete;
      expect(texts(toc)).to.deep.equal(['<img src=x onerror=alert(1)>']);
      expect(toc.shadowRoot!.querySelector('img')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const scheme of COLOR_SCHEMES) {
      it(`passes an axe check in the ${scheme} scheme: plain, with a current entry, and collapsible`, async () => {
        useColorScheme(scheme);
        const vh = VIEWPORT();
        const { toc, headings, wrapper } = await page([
          { text: 'One', height: vh },
          { text: 'One sub', level: 3, height: vh },
          { text: 'Two', height: vh * 2 },
        ]);
        await expect(wrapper).to.be.accessible();
        await scrollToY(docTop(headings[1]!) + 5);
        await waitFor(() => current(toc) === 'One sub', 'One sub');
        await expect(wrapper).to.be.accessible();
        toc.collapsible = true;
        await toc.updateComplete;
        await expect(wrapper).to.be.accessible();
        toc.open = true;
        await toc.updateComplete;
        await expect(wrapper).to.be.accessible();
      });
    }
  });

  describe('lifecycle', () => {
    it('stops observing and listening once removed, and starts again when put back', async () => {
      const created = trackObservers(['IntersectionObserver', 'MutationObserver', 'ResizeObserver']);
      const added = sinon.spy(window, 'addEventListener');
      const removed = sinon.spy(window, 'removeEventListener');
      const vh = VIEWPORT();
      const { toc, article, headings } = await page([
        { text: 'One', height: vh },
        { text: 'Two', height: vh * 2 },
      ]);
      expect(created.length).to.be.greaterThan(2);
      const parent = toc.parentElement!;
      toc.remove();
      expect(
        created.every((record) => record.disconnected),
        'every observer disconnected',
      ).to.equal(true);
      for (const call of added.getCalls()) {
        const [type, listener] = call.args;
        expect(removed.calledWith(type, listener), `${type} listener removed`).to.equal(true);
      }
      // Nothing reacts any more: new headings are not listed, scrolling changes nothing.
      const late = document.createElement('h2');
      late.textContent = 'Late';
      article.append(late);
      await scrollToY(docTop(headings[1]!) + 5);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(texts(toc)).to.deep.equal(['One', 'Two']);
      expect(current(toc)).to.equal('One');
      // Put back, it catches up.
      parent.append(toc);
      await waitFor(() => texts(toc).includes('Late'), 'the late heading after reconnecting');
      await waitFor(() => current(toc) === 'Two', 'Two after reconnecting');
    });

    it('defining the element twice does not throw', () => {
      expect(() => TableOfContents.define()).not.to.throw();
      expect(customElements.get('table-of-contents')).to.equal(TableOfContents);
    });
  });
});
