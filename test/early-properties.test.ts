// A property set on an element before its tag is defined (a framework that renders first, a
// script that loads late) must reach the element once it upgrades, through its accessor: not
// lost, not left as a plain own property that hides the accessor, not turned into an attribute.
import { expect } from '@open-wc/testing';
import { CategoryChips } from '../src/category-chips/category-chips.js';
import { PhotoCredit } from '../src/photo-credit/photo-credit.js';
import { PostMeta } from '../src/post-meta/post-meta.js';
import { ProTip } from '../src/pro-tip/pro-tip.js';
import { ReadingProgress } from '../src/reading-progress/reading-progress.js';
import { ReadingTime } from '../src/reading-time/reading-time.js';
import { ShareButtons } from '../src/share-buttons/share-buttons.js';
import { TableOfContents } from '../src/table-of-contents/table-of-contents.js';
import type { ReadingElement } from '../src/internal/reading-element.js';
import { captureWarnings } from './helpers.js';

interface Case {
  element: typeof ReadingElement;
  property: string;
  value: unknown;
  /** What a reader (or assistive technology) gets once the value arrived. */
  shows: (el: HTMLElement) => boolean;
}

const rendered = (text: string) => (el: HTMLElement) => el.shadowRoot!.innerHTML.includes(text);

const cases: Case[] = [
  {
    element: ReadingProgress,
    property: 'position',
    value: 'bottom',
    shows: (el) => el.getAttribute('position') === 'bottom',
  },
  { element: ProTip, property: 'label', value: 'Set early', shows: rendered('Set early') },
  { element: PhotoCredit, property: 'author', value: 'Early Author', shows: rendered('Early Author') },
  {
    element: CategoryChips,
    property: 'categories',
    value: [{ name: 'Early chip', type: 'niche' }, 'Second chip'],
    shows: (el) =>
      [...el.shadowRoot!.querySelectorAll('[part~="chip"]')]
        .map((chip) => chip.textContent!.trim())
        .join('|') === 'Early chip|Second chip',
  },
  {
    element: ReadingTime,
    property: 'minutes',
    value: 17,
    shows: (el) => el.shadowRoot!.textContent!.includes('17'),
  },
  { element: TableOfContents, property: 'label', value: 'Early contents', shows: rendered('Early contents') },
  { element: ShareButtons, property: 'label', value: 'Early share', shows: rendered('Early share') },
  { element: PostMeta, property: 'author', value: 'Early Author', shows: rendered('Early Author') },
];

describe('properties set before the element is defined', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  for (const { element, property, value, shows } of cases) {
    const tag = `${element.tag}-early`;
    it(`<${element.tag}> keeps ${property} set before upgrade`, async () => {
      const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
      el[property] = value;
      document.body.append(el);
      try {
        expect(customElements.get(tag)).to.equal(undefined);
        customElements.define(tag, class extends element {});
        await (el as unknown as ReadingElement).updateComplete;
        expect(el[property]).to.deep.equal(value);
        expect(Object.prototype.hasOwnProperty.call(el, property), 'left as an own property').to.equal(false);
        expect(el.hasAttribute(property), 'turned into an attribute').to.equal(
          property === 'position', // reflected on purpose
        );
        expect(shows(el), `${property} did not reach the rendering`).to.equal(true);
        expect(warnings.messages().filter((message) => message.includes(property))).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });
  }
});
