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

  it('writes plain English numbers, minutes and dates exactly as Intl does, without building one', () => {
    const numbers = [
      ...Array.from({ length: 1500 }, (_, i) => i),
      9999,
      10000,
      123456,
      1234567,
      2 ** 40,
      0.4,
      0.5,
      1.5,
      2.5,
      7.49,
      7.5,
      -1,
      -2.5,
      1e21,
      NaN,
    ];
    const dates: Date[] = [];
    for (let day = 0; day < 800; day++) dates.push(new Date(Date.UTC(2024, 0, 1 + day, day % 24, 30)));
    for (const year of [999, 1000, 1969, 2000, 2009, 2100, 9999, 10000])
      dates.push(new Date(Date.UTC(year, 5, 15, 12)));
    const expected: Array<[string, string]> = [];
    const ours: string[] = [];
    for (const lang of ['en', 'en-US']) {
      for (const display of ['short', 'long'] as const) {
        const options = {
          style: 'unit',
          unit: 'minute',
          unitDisplay: display,
          maximumFractionDigits: 0,
        } as const;
        const intl = new Intl.NumberFormat(lang, options);
        for (const value of numbers) expected.push([`${lang} ${display} ${value}`, intl.format(value)]);
      }
      const plain = new Intl.NumberFormat(lang);
      for (const value of numbers) expected.push([`${lang} ${value}`, plain.format(value)]);
      for (const dateStyle of ['full', 'long', 'medium', 'short'] as const)
        for (const timeZone of ['UTC', undefined]) {
          const intl = new Intl.DateTimeFormat(lang, timeZone ? { dateStyle, timeZone } : { dateStyle });
          for (const value of dates)
            expected.push([`${lang} ${dateStyle} ${timeZone} ${value.toISOString()}`, intl.format(value)]);
        }
    }
    const numberSpy = sinon.spy(Intl, 'NumberFormat');
    const dateSpy = sinon.spy(Intl, 'DateTimeFormat');
    for (const lang of ['en', 'en-US']) {
      for (const display of ['short', 'long'] as const) {
        const format = numberFormat(lang, {
          style: 'unit',
          unit: 'minute',
          unitDisplay: display,
          maximumFractionDigits: 0,
        });
        for (const value of numbers) ours.push(format.format(value));
      }
      for (const value of numbers) ours.push(numberFormat(lang).format(value));
      for (const dateStyle of ['full', 'long', 'medium', 'short'] as const)
        for (const timeZone of ['UTC', undefined]) {
          const format = dateTimeFormat(lang, timeZone ? { dateStyle, timeZone } : { dateStyle });
          for (const value of dates) ours.push(format.format(value));
        }
    }
    const differences = expected.filter(([, text], index) => ours[index] !== text);
    expect(differences.map(([what, text]) => `${what}: Intl "${text}"`).slice(0, 5)).to.deep.equal([]);
    // Only the values outside what the English path writes (fractions, negatives, huge numbers,
    // years before 1000 or after 9999) built a real formatter.
    const fractionsAndFarYears = numberSpy.callCount + dateSpy.callCount;
    expect(fractionsAndFarYears).to.be.greaterThan(0);
    numberSpy.resetHistory();
    dateSpy.resetHistory();
    numberFormat('en-US', {
      style: 'unit',
      unit: 'minute',
      unitDisplay: 'long',
      maximumFractionDigits: 0,
    }).format(12);
    expect(numberSpy.callCount + dateSpy.callCount).to.equal(0);
  });

  it('renders an English post-meta and reading time without building an Intl formatter', async () => {
    const numberSpy = sinon.spy(Intl, 'NumberFormat');
    const dateSpy = sinon.spy(Intl, 'DateTimeFormat');
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en">
        <post-meta published="2023-09-07" updated="2024-02-29T10:00:00Z" date-style="long"></post-meta>
        <reading-time minutes="1234" format="long"></reading-time>
      </div>
    `);
    const meta = wrapper.querySelector('post-meta')!;
    const time = wrapper.querySelector('reading-time')!;
    await Promise.all([meta.updateComplete, time.updateComplete]);
    expect(numberSpy.callCount + dateSpy.callCount).to.equal(0);
    sinon.restore();
    // Not served from an Intl formatter an earlier test left in the cache either.
    expect(dateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })).not.to.be.instanceOf(
      Intl.DateTimeFormat,
    );
    expect(shadowText(meta)).to.contain(
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2023-09-07')),
    );
    expect(shadowText(time)).to.contain(minutes('en', 1234));
  });
});
