// The CDN bundle carries English and fetches other languages from dist/cdn/locales/ on first
// need. Needs `npm run build` first (npm test runs it).
import { expect } from '@open-wc/testing';
import { fetchedFrom, loadScript, waitFor } from './helpers.js';

/** Every text each shadow root ever showed, recorded from the moment it was attached. */
const seen = new Map<ShadowRoot, string[]>();
const original = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit) {
  const root = original.call(this, init);
  const texts: string[] = [];
  seen.set(root, texts);
  new MutationObserver(() => texts.push(root.textContent!.replace(/\s+/g, ' ').trim())).observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return root;
};

const shown = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const history = (element: Element) => seen.get(element.shadowRoot!) ?? [];

const fetched = () => fetchedFrom('/dist/cdn/locales/');

describe('dist/cdn/reading-elements.js: languages fetched on first need', () => {
  before(async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `
      <pro-tip id="page-lang"><p>Lisez lentement.</p></pro-tip>
      <div lang="en"><pro-tip id="english"><p>Read slowly.</p></pro-tip></div>`;
    await loadScript('/dist/cdn/reading-elements.js');
  });

  after(() => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = '';
  });

  it('renders the page language with no English first, and English pages fetch nothing', async () => {
    const tip = document.getElementById('page-lang')!;
    await waitFor(
      () => Boolean(tip.shadowRoot) && shown(tip) === 'Astuce',
      `"Astuce" (got "${tip.shadowRoot ? shown(tip) : ''}")`,
    );
    expect(history(tip).filter((text) => text.includes('Pro Tip'))).to.deep.equal([]);
    expect(shown(document.getElementById('english')!)).to.equal('Pro Tip');
    expect(fetched()).to.deep.equal(['/dist/cdn/locales/fr.js']);
  });

  it('fetches a language an element meets later, and shows nothing English while it comes', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'de';
    wrapper.innerHTML =
      '<reading-time minutes="3"></reading-time><pro-tip kind="warning"><p>Achtung.</p></pro-tip>';
    document.body.append(wrapper);
    const [time, tip] = [wrapper.querySelector('reading-time')!, wrapper.querySelector('pro-tip')!];
    await waitFor(() => shown(tip) === 'Warnung', `"Warnung" (got "${shown(tip)}")`);
    await waitFor(() => shown(time).endsWith('Lesezeit'), `German reading time (got "${shown(time)}")`);
    expect([...history(tip), ...history(time)].filter((text) => /Warning|read/.test(text))).to.deep.equal([]);
    expect(fetched()).to.include('/dist/cdn/locales/de.js');
  });

  it('keeps the old language, not English, while a new one loads after a lang change', async () => {
    const tip = document.getElementById('page-lang')!;
    const before = history(tip).length;
    tip.setAttribute('lang', 'ja');
    await waitFor(() => shown(tip) !== 'Astuce', 'the Japanese label');
    expect(shown(tip)).not.to.equal('Pro Tip');
    expect(
      history(tip)
        .slice(before)
        .filter((text) => text.includes('Pro Tip')),
    ).to.deep.equal([]);
    expect(fetched()).to.include('/dist/cdn/locales/ja.js');
  });

  it('lets strings the page registers win over the fetched ones', async () => {
    const { registerLocale } = (await import(`${'/dist/cdn/reading-elements.js'}`)) as {
      registerLocale: (lang: string, strings: Record<string, string>) => void;
    };
    registerLocale('es', { 'pro-tip.tip': 'Truco' });
    const tip = document.createElement('pro-tip');
    tip.lang = 'es';
    document.body.append(tip);
    await waitFor(() => Boolean(tip.shadowRoot) && shown(tip) === 'Truco', 'the registered Spanish label');
    tip.kind = 'note';
    await waitFor(
      () => shown(tip) === 'Nota',
      'the fetched Spanish label for a key the page did not register',
    );
  });
});
