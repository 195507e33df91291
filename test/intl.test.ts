import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/reading-time.js';
import '../src/post-meta.js';
import '../src/category-chips.js';
import { dateTimeFormat, numberFormat, pluralRules } from '../src/internal/intl.js';
import { waitFor } from './helpers.js';

const minutes = (lang: string, value: number) =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(value);
const date = (lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2025-03-18'));
const shadowText = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('cached Intl formatters', () => {
  afterEach(() => sinon.restore());

  it('builds one formatter per language and options, and a new one for new options', () => {
    const options = { style: 'unit', unit: 'minute', unitDisplay: 'long' } as const;
    const first = numberFormat('de', options);
    expect(numberFormat('de', { ...options })).to.equal(first);
    expect(numberFormat('fr', options)).not.to.equal(first);
    expect(numberFormat('de', { ...options, unitDisplay: 'short' })).not.to.equal(first);
    expect(first.format(5)).to.equal(minutes('de', 5));
  });

  it('falls back to English for a tag Intl refuses, without throwing', () => {
    expect(() => dateTimeFormat('not a language!', { dateStyle: 'long' })).not.to.throw();
    expect(pluralRules('%%').select(1)).to.equal('one');
  });

  it('creates no formatter when 40 reading times in one language render again', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="de">
        ${Array.from({ length: 40 }, () => html`<reading-time minutes="7" format="long"></reading-time>`)}
      </div>
    `);
    const times = [...wrapper.querySelectorAll('reading-time')];
    await Promise.all(times.map((time) => time.updateComplete));
    const spy = sinon.spy(Intl, 'NumberFormat');
    for (const time of times) time.requestUpdate();
    await Promise.all(times.map((time) => time.updateComplete));
    expect(spy.callCount).to.equal(0);
    expect(shadowText(times[39]!)).to.contain(minutes('de', 7));
  });

  it('follow a change of the page language: durations, dates and counts', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="de">
        <reading-time minutes="7" format="long"></reading-time>
        <post-meta published="2025-03-18"></post-meta>
        <category-chips max="1" categories='["Tech","Science","Art","Music"]'></category-chips>
      </div>
    `);
    const time = wrapper.querySelector('reading-time')!;
    const meta = wrapper.querySelector('post-meta')!;
    const chips = wrapper.querySelector('category-chips')!;
    await Promise.all([time.updateComplete, meta.updateComplete, chips.updateComplete]);
    expect(shadowText(time)).to.contain(minutes('de', 7));
    expect(shadowText(meta)).to.contain(date('de'));

    wrapper.lang = 'fr';
    await waitFor(
      () => shadowText(time).includes(minutes('fr', 7)),
      `French minutes (got "${shadowText(time)}")`,
    );
    await waitFor(() => shadowText(meta).includes(date('fr')), `a French date (got "${shadowText(meta)}")`);
    expect(shadowText(time)).not.to.contain(minutes('de', 7));

    wrapper.lang = 'ar';
    const arabicCount = new Intl.NumberFormat('ar').format(3);
    await waitFor(
      () => shadowText(chips).includes(arabicCount),
      `an Arabic count (got "${shadowText(chips)}")`,
    );

    // Back to German: the cached German formatters serve again, and give German text.
    wrapper.lang = 'de';
    await waitFor(() => shadowText(time).includes(minutes('de', 7)), 'German minutes again');
    await waitFor(() => shadowText(meta).includes(date('de')), 'a German date again');
  });
});
