// The ```html blocks of README.md and docs/*.md, served to the browser tests at
// /__markdown-snippets (test/markdown-snippets.test.ts renders every one and expects no warning).
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export function markdownSnippets(files = ['README.md', ...docs()]) {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/^```html\n([\s\S]*?)^```$/gm)].map((match) => ({
      file,
      line: text.slice(0, match.index).split('\n').length,
      html: match[1],
    }));
  });
}

function docs() {
  return existsSync('docs')
    ? readdirSync('docs')
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => `docs/${name}`)
    : [];
}

/** A @web/dev-server plugin answering /__markdown-snippets with the snippets as JSON. */
export function markdownSnippetsPlugin() {
  return {
    name: 'markdown-snippets',
    serve(context) {
      if (context.path === '/__markdown-snippets')
        return { body: JSON.stringify(markdownSnippets()), type: 'json' };
      return undefined;
    },
  };
}
