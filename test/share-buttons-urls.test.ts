import { expect } from '@open-wc/testing';
import {
  BLUESKY_LIMIT,
  blueskyPost,
  blueskyShareUrl,
  emailShareUrl,
  facebookShareUrl,
  graphemeCount,
  linkedinShareUrl,
  mastodonHost,
  mastodonShareUrl,
  truncateGraphemes,
  xShareUrl,
} from '../src/share-buttons.js';

// Tricky text: accents, ampersand, hash, emoji, percent, quotes and a plus sign.
const TEXT = 'Café & crème #1 🎉 50% "quotes" + más';
const URL_ = 'https://example.com/artículo?a=1&b=2#top';
const TEXT_ENC = 'Caf%C3%A9%20%26%20cr%C3%A8me%20%231%20%F0%9F%8E%89%2050%25%20%22quotes%22%20%2B%20m%C3%A1s';
const URL_ENC = 'https%3A%2F%2Fexample.com%2Fart%C3%ADculo%3Fa%3D1%26b%3D2%23top';

/** The `text` parameter of a Bluesky intent, decoded the way Bluesky reads it. */
function blueskyText(href: string): string {
  return new URL(href).searchParams.get('text')!;
}

describe('share URLs', () => {
  it('builds the X post intent with text and url as separate, fully encoded parameters', () => {
    expect(xShareUrl(TEXT, URL_)).to.equal(`https://x.com/intent/tweet?text=${TEXT_ENC}&url=${URL_ENC}`);
    expect(xShareUrl('  ', URL_)).to.equal(`https://x.com/intent/tweet?url=${URL_ENC}`);
  });

  it('builds LinkedIn share-offsite and Facebook sharer with the URL only', () => {
    expect(linkedinShareUrl(URL_)).to.equal(`https://www.linkedin.com/sharing/share-offsite/?url=${URL_ENC}`);
    expect(facebookShareUrl(URL_)).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${URL_ENC}`);
  });

  it('builds the Bluesky compose intent with text, a space and the URL in one parameter', () => {
    expect(blueskyShareUrl(TEXT, URL_)).to.equal(
      `https://bsky.app/intent/compose?text=${TEXT_ENC}%20${URL_ENC}`,
    );
    expect(blueskyShareUrl('', URL_)).to.equal(`https://bsky.app/intent/compose?text=${URL_ENC}`);
  });

  it('builds the Mastodon share page on the given server, with the URL inside the text', () => {
    expect(mastodonShareUrl('mastodon.social', TEXT, URL_)).to.equal(
      `https://mastodon.social/share?text=${TEXT_ENC}%20${URL_ENC}`,
    );
    expect(mastodonShareUrl('https://Fosstodon.org/', 'Hi', 'https://a.test/')).to.equal(
      'https://fosstodon.org/share?text=Hi%20https%3A%2F%2Fa.test%2F',
    );
  });

  it('refuses to build a Mastodon address from anything but a host name', () => {
    for (const bad of [
      'javascript:alert(1)',
      'evil.example/path',
      'evil.example:8080',
      'evil.example?x=1',
      'evil.example#frag',
      'user:pass@evil.example',
      'localhost',
      'a..example',
      '-bad.example',
      'exa mple.com',
      '',
      'https://',
      'data:text/html,hi',
      '//evil.example',
    ]) {
      expect(mastodonShareUrl(bad, 'x', 'https://a.test/'), bad).to.equal(null);
    }
  });

  it('reads a host name as a reader might type it', () => {
    expect(mastodonHost('mastodon.social')).to.equal('mastodon.social');
    expect(mastodonHost('  HTTPS://Mastodon.Social/ ')).to.equal('mastodon.social');
    expect(mastodonHost('http://hachyderm.io')).to.equal('hachyderm.io');
    expect(mastodonHost('@reader@fosstodon.org')).to.equal('fosstodon.org');
    expect(mastodonHost('reader@fosstodon.org')).to.equal('fosstodon.org');
    expect(mastodonHost('münchen.social')).to.equal('xn--mnchen-3ya.social');
    expect(mastodonHost('xn--mnchen-3ya.social')).to.equal('xn--mnchen-3ya.social');
  });

  it('builds mailto: with subject and body, spaces as %20 and line breaks as %0A', () => {
    expect(emailShareUrl(TEXT, URL_)).to.equal(
      `mailto:?subject=${TEXT_ENC}&body=${TEXT_ENC}%0A%0A${URL_ENC}`,
    );
    expect(emailShareUrl('A b', 'https://a.test/')).to.equal(
      'mailto:?subject=A%20b&body=A%20b%0A%0Ahttps%3A%2F%2Fa.test%2F',
    );
    expect(emailShareUrl('', 'https://a.test/')).to.equal('mailto:?body=https%3A%2F%2Fa.test%2F');
  });

  describe('Bluesky limit of 300 graphemes', () => {
    const url = 'https://example.com/posts/a-very-long-slug-for-an-article';

    it('counts grapheme clusters, not code units', () => {
      expect(graphemeCount('👩‍👩‍👧')).to.equal(1);
      expect(graphemeCount('e\u0301')).to.equal(1);
      expect(graphemeCount('🇯🇵🇫🇷')).to.equal(2);
      expect(graphemeCount('abc')).to.equal(3);
    });

    it('keeps text that fits, untouched', () => {
      const text = 'x'.repeat(BLUESKY_LIMIT - url.length - 1);
      expect(blueskyPost(text, url)).to.equal(`${text} ${url}`);
      expect(graphemeCount(blueskyPost(text, url))).to.equal(300);
    });

    it('cuts long text to exactly 300 graphemes with an ellipsis, and never the URL', () => {
      const text = 'Long read. '.repeat(60);
      const post = blueskyPost(text, url);
      expect(graphemeCount(post)).to.be.at.most(300);
      expect(post.endsWith(` ${url}`)).to.equal(true);
      expect(post.slice(0, -url.length - 1).endsWith('…')).to.equal(true);
      expect(text.startsWith(post.slice(0, -url.length - 2))).to.equal(true);
    });

    it('never splits an emoji family, a flag or an accented letter', () => {
      const family = '👩‍👩‍👧';
      const accent = 'e\u0301';
      const flag = '🇯🇵';
      const text = `${family}${accent}${flag}`.repeat(200);
      const post = blueskyPost(text, url);
      expect(graphemeCount(post)).to.equal(300);
      const body = post.slice(0, -url.length - 2);
      // Every cluster in the kept text is one of the three whole clusters.
      const segments = Array.from(
        new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(body),
        (s) => s.segment,
      );
      expect(segments.every((s) => s === family || s === accent || s === flag)).to.equal(true);
      // The whole URL is encodable: no lone surrogate was left behind.
      const href = blueskyShareUrl(text, url);
      expect(blueskyText(href)).to.equal(post);
      expect(href.endsWith(encodeURIComponent(` ${url}`))).to.equal(true);
    });

    it('leaves the URL alone when it takes all the room', () => {
      const long = `https://example.com/${'a'.repeat(310)}`;
      expect(blueskyPost('Some text', long)).to.equal(long);
    });

    it('truncateGraphemes ends in an ellipsis without a dangling space', () => {
      expect(truncateGraphemes('one two three', 5)).to.equal('one…');
      expect(truncateGraphemes('short', 5)).to.equal('short');
      expect(truncateGraphemes('🎉🎉🎉🎉', 3)).to.equal('🎉🎉…');
    });
  });
});
