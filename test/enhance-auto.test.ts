// The zero-markup bundle's entry: it registers every element and enhances the page once the DOM
// is ready, with the options written in the page.
import { expect } from '@open-wc/testing';
import { calloutFixtures } from './fixtures/enhance/callouts.js';
import { photoFixtures } from './fixtures/enhance/photos.js';
import { progressSeed } from './fixtures/enhance/placeholders.js';
import { captureWarnings, nextFrame } from './helpers.js';

describe('reading-elements-auto (src/auto.ts)', () => {
  it('enhances the page on load with the options from the page, and exports enhance()', async () => {
    const article = document.createElement('div');
    article.innerHTML = calloutFixtures['proTip']!.html + photoFixtures['sameParagraph']!.html + progressSeed;
    const skipped = document.createElement('div');
    skipped.setAttribute('data-no-enhance', '');
    skipped.innerHTML = calloutFixtures['spanish']!.html;
    const options = document.createElement('script');
    options.type = 'application/json';
    options.id = 'reading-elements-options';
    options.textContent = '{ "zoomable": true }';
    document.head.append(options);
    document.body.append(article, skipped);
    document.body.setAttribute('data-reading-elements-referral', 'field_notes');
    const warnings = captureWarnings();
    try {
      const auto = await import('../src/auto.js');
      await nextFrame();

      expect(article.querySelector('pro-tip')).to.not.equal(null);
      expect(article.querySelector('reading-progress')).to.not.equal(null);
      const photo = article.querySelector('photo-credit')!;
      expect(photo.getAttribute('referral')).to.equal('field_notes');
      expect(photo.hasAttribute('zoomable')).to.equal(true);
      expect(skipped.querySelector('blockquote')).to.not.equal(null);

      for (const tag of [
        'reading-progress',
        'pro-tip',
        'photo-credit',
        'category-chips',
        'reading-time',
        'table-of-contents',
        'share-buttons',
      ]) {
        expect(customElements.get(tag), tag).to.not.equal(undefined);
      }
      expect(auto.enhance(document)).to.deep.equal({ progress: 0, callouts: 0, photos: 0, placeholders: 0 });
      expect(typeof auto.optionsFromMarkup).to.equal('function');
    } finally {
      warnings.restore();
      article.remove();
      skipped.remove();
      options.remove();
      document.body.removeAttribute('data-reading-elements-referral');
    }
  });
});
