// The build-time transform on a 10,000-word post in Node, side by side with the unified pipeline
// people use for the same job (remark → rehype with rehype-callouts, plus a reading-time plugin
// over mdast-util-to-string): `node bench/build.mjs [--runs=N]`. Runs alone (it is not part of
// `npm run bench`); prints a table and writes bench/.tmp/build.json. Needs `npm run build` first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import rehypeCallouts from 'rehype-callouts';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { renderArticle } from '../dist/build.js';
import { enhanceHtml } from '../dist/enhance-html.js';
import { ROOT, TMP } from './lib/util.mjs';

const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 30);

/** The seed post, its body repeated until it holds 10,000 words (same mix of callouts, photos, lists). */
function tenThousandWords() {
  const seed = readFileSync(join(ROOT, 'test', 'fixtures', 'build', 'blog-post-format.md'), 'utf8');
  const [, frontmatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(seed);
  const words = (text) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const progress = body.indexOf('<div class="reading-progress-container">');
  const article = body.slice(0, progress);
  let out = article;
  while (words(out) < 10_000) out += `\n\n${article.replace(/^\s*\*\*Social Snippet:\*\*.*$/m, '')}`;
  return { markdown: `${frontmatter}${out}\n${body.slice(progress)}`, words: words(out) };
}

/** The peer: what a unified site does today for callouts and reading time. */
const peer = unified()
  .use(remarkParse)
  .use(() => (tree, file) => {
    file.data.readingTime = readingTime(toString(tree));
  })
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeCallouts)
  .use(rehypeStringify, { allowDangerousHtml: true });

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  for (let i = 0; i < 5; i++) fn(); // warm up the JIT and the caches
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

const { markdown, words } = tenThousandWords();
const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
const warn = console.warn;
console.warn = () => {};
const rendered = renderArticle(markdown, { file: 'bench.md' });
const results = {
  words,
  bytes: markdown.length,
  runs,
  counts: rendered.counts,
  'renderArticle, shadow DOM off': time(() =>
    renderArticle(markdown, { file: 'bench.md', declarativeShadowDom: false }),
  ),
  'renderArticle (frontmatter, markdown-it, recognisers, header)': time(() =>
    renderArticle(markdown, { file: 'bench.md' }),
  ),
  'enhanceHtml alone (the recognisers on the rendered body)': time(() => enhanceHtml(rendered.body)),
  'unified: remark-parse + remark-rehype + rehype-callouts + reading-time + rehype-stringify': time(() =>
    String(peer.processSync(body)),
  ),
};
console.warn = warn;

mkdirSync(TMP, { recursive: true });
writeFileSync(join(TMP, 'build.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `A ${words.toLocaleString('en')}-word post (${(markdown.length / 1024).toFixed(0)} KB), ${runs} runs each, Node ${process.version}:`,
);
console.log(`(created: ${JSON.stringify(rendered.counts)})\n`);
console.log('| pipeline | median | min | max |\n| --- | --- | --- | --- |');
for (const [name, value] of Object.entries(results))
  if (value && typeof value === 'object' && 'median' in value)
    console.log(
      `| ${name} | ${value.median.toFixed(1)} ms | ${value.min.toFixed(1)} ms | ${value.max.toFixed(1)} ms |`,
    );
