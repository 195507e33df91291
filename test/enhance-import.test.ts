// reading-elements/enhance.js on its own: importing it registers no element; enhance() registers
// only the tags it has just created.
import { expect } from '@open-wc/testing';
import { enhance } from '../src/enhance.js';
import { TAGS } from '../src/internal/tags.js';

const registered = () => TAGS.filter((tag) => customElements.get(tag) !== undefined);

describe('reading-elements/enhance.js', () => {
  it('registers nothing until enhance() creates something, then only what it created', () => {
    expect(registered(), 'after the import').to.deep.equal([]);

    const plain = document.createElement('div');
    plain.append(Object.assign(document.createElement('p'), { textContent: 'Nothing to upgrade here.' }));
    expect(enhance(plain)).to.deep.equal({ progress: 0, callouts: 0, photos: 0, placeholders: 0 });
    expect(registered(), 'after a run that created nothing').to.deep.equal([]);

    const quote = document.createElement('blockquote');
    const paragraph = document.createElement('p');
    paragraph.append(
      Object.assign(document.createElement('strong'), { textContent: 'Tip:' }),
      ' Start small.',
    );
    quote.append(paragraph);
    const root = document.createElement('div');
    root.append(quote);
    expect(enhance(root).callouts).to.equal(1);
    expect(registered(), 'after a run that created a callout').to.deep.equal(['pro-tip']);
  });
});
