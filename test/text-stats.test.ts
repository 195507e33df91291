import { expect, fixture, html } from '@open-wc/testing';
import {
  analyzeText,
  countText,
  imageSeconds,
  isoMinutes,
  readingMinutes,
  readingSeconds,
} from '../src/internal/text-stats.js';
import { formatMinutes } from '../src/internal/minutes.js';

/** Parses markup into an `<article>` of an inert document, so its images never load. */
function article(markup: string): HTMLElement {
  const inert = document.implementation.createHTMLDocument('');
  inert.body.innerHTML = `<article>${markup}</article>`;
  return inert.querySelector('article')!;
}

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

describe('text analysis', () => {
  describe('counting', () => {
    it('counts English words the Unicode way: contractions, decimals and abbreviations are one word, hyphens split', () => {
      expect(countText("Don't stop — it's 3.14, e.g. 1,000 well-known U.S.A. naïve cafés!").words).to.equal(
        11,
      );
    });

    it('counts Thai words with a dictionary, not as one long run', () => {
      expect(countText('ฉันชอบอ่านหนังสือ')).to.deep.equal({ words: 4, characters: 0 });
    });

    it('counts Japanese, Chinese and Korean per character, leaving punctuation out', () => {
      expect(countText('日本語の文章です。')).to.deep.equal({ words: 0, characters: 8 });
      expect(countText('这是一个测试。')).to.deep.equal({ words: 0, characters: 6 });
      expect(countText('한국어 문장입니다.')).to.deep.equal({ words: 0, characters: 8 });
      expect(countText('コーヒー')).to.deep.equal({ words: 0, characters: 4 });
    });

    it('counts Arabic words', () => {
      expect(countText('مرحبا بالعالم، هذا اختبار.').words).to.equal(4);
    });

    it('counts mixed scripts in one pass', () => {
      expect(countText('Web components は便利です')).to.deep.equal({ words: 2, characters: 5 });
    });

    it('counts emoji and punctuation as nothing', () => {
      expect(countText('🙂 — … ! ?').words).to.equal(0);
    });
  });

  describe('walking an article', () => {
    it('leaves code, navigation, asides, scripts, styles and templates out', () => {
      const stats = analyzeText(
        article(`
          <p>One two three.</p>
          <pre>not counted at all</pre>
          <p>Four <code>skipped</code> five.</p>
          <nav>menu item</nav><aside>side note</aside>
          <script>var x = 1;</script><style>p { color: red }</style>
          <template><p>later words</p></template>
          <svg viewBox="0 0 10 10"><text>chart label</text></svg>
        `),
      );
      expect(stats).to.deep.equal({ words: 5, characters: 0, images: 0 });
    });

    it('leaves hidden text out, but counts text hidden until found', () => {
      const stats = analyzeText(
        article(`
          <p>Visible words here.</p>
          <p hidden>hidden words</p>
          <p aria-hidden="true">decorative words</p>
          <p style="display: none">styled away</p>
          <p hidden="until-found">revealable text</p>
        `),
      );
      expect(stats.words).to.equal(5);
    });

    it('joins text across inline elements and separates it across blocks', () => {
      expect(analyzeText(article('<p>un<b>believ</b>able</p>')).words).to.equal(1);
      expect(analyzeText(article('<p>one</p><p>two</p>three<div>four</div>')).words).to.equal(4);
      expect(analyzeText(article('<li>one</li><li>two</li>')).words).to.equal(2);
      expect(analyzeText(article('line<br>break')).words).to.equal(2);
    });

    it('reads ruby base text, not its pronunciation guide', () => {
      expect(
        analyzeText(article('<p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby></p>')).characters,
      ).to.equal(2);
    });

    it('counts images outside skipped parts', () => {
      const stats = analyzeText(
        article(`
          <img alt="a"><figure><img alt="b"><figcaption>Caption words</figcaption></figure>
          <picture><source srcset="x.webp"><img alt="c"></picture>
          <nav><img alt="logo"></nav><img alt="" hidden>
        `),
      );
      expect(stats).to.deep.equal({ words: 2, characters: 0, images: 3 });
    });

    it('measures an article in a real page, including fixtures in six languages', async () => {
      const element = await fixture<HTMLElement>(html`
        <article>
          <h1>Reading time</h1>
          <p lang="ja">日本語の文章です。</p>
          <p lang="zh">这是一个测试。</p>
          <p lang="ko">한국어 문장입니다.</p>
          <p lang="th">ฉันชอบอ่านหนังสือ</p>
          <p lang="ar" dir="rtl">مرحبا بالعالم، هذا اختبار.</p>
          <pre><code>const ignored = true;</code></pre>
        </article>
      `);
      expect(analyzeText(element)).to.deep.equal({ words: 2 + 4 + 4, characters: 8 + 6 + 8, images: 0 });
    });
  });

  describe('reading time', () => {
    it('adds 12 s for the first image, one second less for each next, never under 3 s', () => {
      expect(imageSeconds(0)).to.equal(0);
      expect(imageSeconds(1)).to.equal(12);
      expect(imageSeconds(3)).to.equal(12 + 11 + 10);
      expect(imageSeconds(10)).to.equal(75);
      expect(imageSeconds(12)).to.equal(75 + 3 + 3);
    });

    it('reads 230 words and 500 CJK characters a minute by default, in whole minutes, at least 1', () => {
      expect(readingMinutes({ words: 0, characters: 0, images: 0 })).to.equal(1);
      expect(readingMinutes({ words: 460, characters: 0, images: 0 })).to.equal(2);
      expect(readingMinutes({ words: 1000, characters: 0, images: 0 })).to.equal(4);
      expect(readingMinutes({ words: 0, characters: 1500, images: 0 })).to.equal(3);
      expect(readingMinutes({ words: 230, characters: 500, images: 10 })).to.equal(3);
      expect(readingSeconds({ words: 230, characters: 0, images: 1 })).to.equal(72);
    });

    it('takes other speeds, and ignores speeds that are not positive numbers', () => {
      const stats = { words: 600, characters: 600, images: 0 };
      expect(readingMinutes(stats, { wordsPerMinute: 300, charactersPerMinute: 300 })).to.equal(4);
      expect(readingMinutes(stats, { wordsPerMinute: -1, charactersPerMinute: Number.NaN })).to.equal(
        readingMinutes(stats),
      );
    });

    it('counts a 10,000-word article from the DOM', () => {
      const element = article(Array.from({ length: 100 }, () => `<p>${words(100)}</p>`).join(''));
      expect(analyzeText(element).words).to.equal(10000);
    });

    it('writes durations for <time datetime> and in words', () => {
      expect(isoMinutes(5)).to.equal('PT5M');
      expect(isoMinutes(60)).to.equal('PT1H');
      expect(isoMinutes(95)).to.equal('PT1H35M');
      expect(formatMinutes(5, 'en')).to.equal('5 min');
      expect(formatMinutes(5, 'en', 'long')).to.equal('5 minutes');
      expect(formatMinutes(1, 'en', 'long')).to.equal('1 minute');
      expect(formatMinutes(5, 'not a language!')).to.equal('5 min');
    });
  });
});
