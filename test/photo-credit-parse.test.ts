import { expect } from '@open-wc/testing';
import {
  knownSourceHref,
  parseCredit,
  templatePattern,
  withReferral,
} from '../src/photo-credit/parse-credit.js';
import { largestCandidate, parseSrcset } from '../src/photo-credit/zoom-source.js';
import { SHIPPED_LANGUAGES } from '../src/internal/locale.js';
import { strings } from '../src/photo-credit/photo-credit.strings.js';

describe('parseCredit', () => {
  it('reads the frontmatter credit: linked author, plain source', () => {
    const credit = parseCredit('Photo by [Marvin Meyer](https://unsplash.com/@marvelous) on Unsplash');
    expect(credit).to.include({
      matched: true,
      author: 'Marvin Meyer',
      authorHref: 'https://unsplash.com/@marvelous',
      source: 'Unsplash',
      sourceHref: null,
      malformed: false,
    });
  });

  it('reads a credit line wrapped in markdown emphasis, as the post body writes it', () => {
    const credit = parseCredit('*Photo by [Clay Banks](https://unsplash.com/@claybanks) on Unsplash*');
    expect(credit).to.include({ matched: true, author: 'Clay Banks', source: 'Unsplash' });
  });

  it('reads both names linked', () => {
    const credit = parseCredit(
      'Photo by [Ana Ruiz](https://www.pexels.com/@ana) on [Pexels](https://www.pexels.com/)',
    );
    expect(credit).to.include({
      author: 'Ana Ruiz',
      authorHref: 'https://www.pexels.com/@ana',
      source: 'Pexels',
      sourceHref: 'https://www.pexels.com/',
    });
  });

  it('reads plain "Photo by Name on Source" without links, and a trailing full stop', () => {
    expect(parseCredit('Photo by Luca Bravo on Unsplash')).to.include({
      matched: true,
      author: 'Luca Bravo',
      authorHref: null,
      source: 'Unsplash',
    });
    expect(parseCredit('Photo by NASA on Pixabay.')).to.include({ author: 'NASA', source: 'Pixabay' });
  });

  it('keeps "on" inside a name with the author, and splits at the last " on "', () => {
    expect(parseCredit('Photo by Jon on Tuesday on Flickr')).to.include({
      author: 'Jon on Tuesday',
      source: 'Flickr',
    });
  });

  it('reads "[Name](url) / Source" and "Name / Source"', () => {
    expect(parseCredit('[Ales Nesetril](https://unsplash.com/@alesnesetril) / Unsplash')).to.include({
      matched: true,
      author: 'Ales Nesetril',
      authorHref: 'https://unsplash.com/@alesnesetril',
      source: 'Unsplash',
    });
    expect(parseCredit('Kim Lee / Wikimedia Commons')).to.include({
      author: 'Kim Lee',
      source: 'Wikimedia Commons',
    });
  });

  it('reads "Photo by Name" without a source', () => {
    expect(parseCredit('Photo by [Kim](https://example.com/kim)')).to.include({
      matched: true,
      author: 'Kim',
      authorHref: 'https://example.com/kim',
      source: '',
    });
  });

  it('reads credit lines written in the other shipped languages', () => {
    expect(parseCredit('Foto de [Ana](https://unsplash.com/@ana) en Unsplash')).to.include({
      author: 'Ana',
      source: 'Unsplash',
    });
    expect(parseCredit('Foto von Jonas auf Pixabay')).to.include({ author: 'Jonas', source: 'Pixabay' });
    expect(parseCredit('Unsplashの山田が撮影した写真')).to.include({ author: '山田', source: 'Unsplash' });
    expect(parseCredit('صورة بواسطة سارة على Unsplash')).to.include({ author: 'سارة', source: 'Unsplash' });
  });

  it('drops javascript: links and keeps their text', () => {
    const credit = parseCredit('Photo by [Eve](javascript:alert(1)) on [Unsplash](JaVaScRiPt:void(0))');
    expect(credit).to.include({
      matched: true,
      author: 'Eve',
      authorHref: null,
      source: 'Unsplash',
      sourceHref: null,
    });
    expect(credit.dropped).to.deep.equal(['javascript:alert(1)', 'JaVaScRiPt:void(0)']);
    expect(credit.segments.every((segment) => segment.href === null)).to.equal(true);
  });

  it('keeps HTML in names as text', () => {
    const credit = parseCredit(
      'Photo by [<img src=x onerror=alert(1)>](https://unsplash.com/@x) on <b>Unsplash</b>',
    );
    expect(credit.author).to.equal('<img src=x onerror=alert(1)>');
    expect(credit.source).to.equal('<b>Unsplash</b>');
  });

  it('turns malformed brackets into plain text, exactly as written', () => {
    for (const text of [
      'Photo by [Marvin Meyer(https://unsplash.com/@marvelous) on Unsplash',
      'Photo by [Marvin Meyer](https://unsplash.com/@marvelous on Unsplash',
      'Photo by Marvin Meyer](https://unsplash.com/@marvelous) on Unsplash',
      '[Ana](https://a.example) and [Bo',
    ]) {
      const credit = parseCredit(text);
      expect(credit.matched, text).to.equal(false);
      expect(credit.malformed, text).to.equal(true);
      expect(credit.segments, text).to.deep.equal([{ text, href: null }]);
    }
  });

  it('keeps other text as plain and linked runs, in order', () => {
    const credit = parseCredit('© [Ana](https://a.example/) and [Bo](https://b.example/), CC BY 4.0');
    expect(credit.matched).to.equal(false);
    expect(credit.segments).to.deep.equal([
      { text: '© ', href: null },
      { text: 'Ana', href: 'https://a.example/' },
      { text: ' and ', href: null },
      { text: 'Bo', href: 'https://b.example/' },
      { text: ', CC BY 4.0', href: null },
    ]);
  });

  it('handles links with parentheses and titles, and collapses whitespace', () => {
    const credit = parseCredit(
      'Photo  by\n[Kim](https://en.wikipedia.org/wiki/Kim_(photographer) "Kim") on   Wikimedia Commons',
    );
    expect(credit).to.include({
      author: 'Kim',
      authorHref: 'https://en.wikipedia.org/wiki/Kim_(photographer)',
      source: 'Wikimedia Commons',
    });
  });

  it('returns nothing for empty input and never throws on odd input', () => {
    expect(parseCredit('')).to.include({ matched: false });
    expect(parseCredit('   ').segments).to.deep.equal([]);
    expect(() => parseCredit(undefined as unknown as string)).not.to.throw();
    expect(() => parseCredit('[](\u0000)')).not.to.throw();
  });
});

describe('templatePattern', () => {
  it('builds a pattern from every shipped "photo-by" template that finds both names', () => {
    for (const lang of SHIPPED_LANGUAGES) {
      const template = strings[lang]!['photo-credit.photo-by']!;
      const line = template.replace('{author}', 'Ana Ruiz').replace('{source}', 'Pexels');
      const groups = templatePattern(template)!.exec(line)?.groups;
      expect(groups, lang).to.deep.include({ author: 'Ana Ruiz', source: 'Pexels' });
    }
  });
});

describe('knownSourceHref', () => {
  it('knows the home pages of the common photo sources, whatever the case', () => {
    expect(knownSourceHref('Unsplash')).to.equal('https://unsplash.com/');
    expect(knownSourceHref('pexels')).to.equal('https://www.pexels.com/');
    expect(knownSourceHref('PIXABAY')).to.equal('https://pixabay.com/');
    expect(knownSourceHref(' Wikimedia  Commons ')).to.equal('https://commons.wikimedia.org/');
    expect(knownSourceHref('Flickr')).to.equal('https://www.flickr.com/');
    expect(knownSourceHref('My Camera')).to.equal(null);
    expect(knownSourceHref('')).to.equal(null);
  });
});

describe('withReferral', () => {
  it('adds utm_source and utm_medium to an Unsplash link', () => {
    expect(withReferral('https://unsplash.com/@marvelous', 'my-blog')).to.equal(
      'https://unsplash.com/@marvelous?utm_source=my-blog&utm_medium=referral',
    );
    expect(withReferral('https://unsplash.com/', 'my blog')).to.equal(
      'https://unsplash.com/?utm_source=my%20blog&utm_medium=referral',
    );
  });

  it('keeps existing query parameters and the hash as written', () => {
    expect(withReferral('https://unsplash.com/photos/abc?lang=en&x=a%20b#top', 'app')).to.equal(
      'https://unsplash.com/photos/abc?lang=en&x=a%20b&utm_source=app&utm_medium=referral#top',
    );
    expect(withReferral('https://unsplash.com/?#top', 'app')).to.equal(
      'https://unsplash.com/?utm_source=app&utm_medium=referral#top',
    );
  });

  it('never duplicates a parameter already there', () => {
    const once = withReferral('https://unsplash.com/@a', 'app');
    expect(withReferral(once, 'app')).to.equal(once);
    expect(withReferral('https://unsplash.com/@a?utm_source=other', 'app')).to.equal(
      'https://unsplash.com/@a?utm_source=other&utm_medium=referral',
    );
  });

  it('changes only Unsplash links', () => {
    for (const url of [
      'https://www.pexels.com/@a',
      'https://notunsplash.com/@a',
      '/photos/a',
      'https://unsplash.com.evil.example/',
    ]) {
      expect(withReferral(url, 'app'), url).to.equal(url);
    }
    expect(withReferral('https://images.unsplash.com/photo-1', 'app')).to.contain('utm_source=app');
    expect(withReferral('https://unsplash.com/@a', '')).to.equal('https://unsplash.com/@a');
  });
});

describe('srcset helpers', () => {
  it('splits candidates, keeping commas inside URLs', () => {
    expect(parseSrcset('a.jpg 480w, https://cdn.example/c_fill,w_800/b.jpg 800w,c.jpg')).to.deep.equal([
      { url: 'a.jpg', descriptor: '480w' },
      { url: 'https://cdn.example/c_fill,w_800/b.jpg', descriptor: '800w' },
      { url: 'c.jpg', descriptor: '' },
    ]);
  });

  it('reads stray commas and whitespace as the HTML parser does', () => {
    expect(parseSrcset(' ,, a.jpg\n1x,,\tb.jpg  2x , c.jpg,, d.jpg 3x,')).to.deep.equal([
      { url: 'a.jpg', descriptor: '1x' },
      { url: 'b.jpg', descriptor: '2x' },
      { url: 'c.jpg', descriptor: '' },
      { url: 'd.jpg', descriptor: '3x' },
    ]);
    expect(parseSrcset(', ,,')).to.deep.equal([]);
    expect(parseSrcset('a.jpg,b.jpg 2x')).to.deep.equal([{ url: 'a.jpg,b.jpg', descriptor: '2x' }]);
  });

  it('picks the widest candidate, else the densest, skipping unsafe URLs', () => {
    expect(largestCandidate('s.jpg 480w, l.jpg 1600w, m.jpg 800w')).to.equal('l.jpg');
    expect(largestCandidate('a.jpg, b.jpg 2x, c.jpg 1.5x')).to.equal('b.jpg');
    expect(largestCandidate('javascript:alert(1) 4000w, ok.jpg 400w')).to.equal('ok.jpg');
    expect(largestCandidate('', null, undefined)).to.equal(null);
    expect(largestCandidate('a.jpg 400w', 'b.webp 1200w')).to.equal('b.webp');
  });
});
