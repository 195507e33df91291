// Every ```html block in README.md and docs/*.md, rendered as a reader would paste it: the
// elements it uses upgrade and nothing warns. Scripts in a snippet are not run (the library is
// already loaded); markup is what is checked. A snippet that points at the article by id
// (`for="post"`) is placed inside an article of that id, as on the page it comes from.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings } from './helpers.js';

interface Snippet {
  file: string;
  line: number;
  html: string;
}

const snippets = (await (await fetch('/__markdown-snippets')).json()) as Snippet[];

describe('HTML snippets in the documentation', () => {
  it('finds the snippets', () => {
    expect(snippets.length).to.be.greaterThan(5);
  });

  for (const { file, line, html } of snippets) {
    it(`${file}:${line} renders without a warning`, async () => {
      const warnings = captureWarnings();
      const errors: string[] = [];
      const error = console.error;
      console.error = (...args: unknown[]) => void errors.push(args.join(' '));
      const container = document.createElement('div');
      try {
        const ids = new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]));
        const articles = [...new Set([...html.matchAll(/\bfor="([^"]+)"/g)].map((match) => match[1]))].filter(
          (id) => !ids.has(id),
        );
        container.innerHTML = articles.reduce((inner, id) => `<article id="${id}">${inner}</article>`, html);
        document.body.append(container);
        const elements = [...container.querySelectorAll('*')].filter((element) =>
          element.localName.includes('-'),
        );
        for (const element of elements)
          expect(
            customElements.get(element.localName),
            `<${element.localName}> is not an element`,
          ).to.not.equal(undefined);
        await Promise.all(
          elements.map((element) => (element as Element & { updateComplete?: unknown }).updateComplete),
        );
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        expect([...warnings.messages(), ...errors]).to.deep.equal([]);
      } finally {
        container.remove();
        console.error = error;
        warnings.restore();
      }
    });
  }
});
