// The build-time transform on a 10,000-word post in Node, side by side with the unified pipeline
// people use for the same job (remark → rehype with rehype-callouts, plus a reading-time plugin
// over mdast-util-to-string). Section `build` of `npm run bench`; needs dist/ built.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import rehypeCallouts from 'rehype-callouts';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { ROOT } from './util.mjs';

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

/**
 * The first call (cold: a one-post build in a fresh process), then the median, min and max of
 * `runs` calls after `warmUp` more: the steady state of a site build, which renders many posts
 * in one process. The transform keeps getting faster for about thirty calls as V8 optimizes it.
 */
function time(fn, runs, warmUp = 30) {
  let start = performance.now();
  fn();
  const first = performance.now() - start;
  for (let i = 0; i < warmUp; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), first };
}

/** Each pipeline's first call, and medians (with min and max) over `runs` runs after thirty warm-up runs each. */
export async function measureBuild({ runs = 30 } = {}) {
  const { renderArticle } = await import('../../dist/build.js');
  const { enhanceHtml } = await import('../../dist/enhance-html.js');
  const { markdown, words } = tenThousandWords();
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const warn = console.warn;
  console.warn = () => {};
  try {
    const pipelines = {
      ours: time(() => renderArticle(markdown, { file: 'bench.md' }), runs),
      oursNoShadowDom: time(
        () => renderArticle(markdown, { file: 'bench.md', declarativeShadowDom: false }),
        runs,
      ),
    };
    const rendered = renderArticle(markdown, { file: 'bench.md' });
    const plain = renderArticle(markdown, { file: 'bench.md', declarativeShadowDom: false });
    return {
      words,
      bytes: markdown.length,
      runs,
      counts: rendered.counts,
      shadowDom: rendered.shadowDom,
      pipelines: {
        ...pipelines,
        enhanceHtml: time(() => enhanceHtml(plain.body), runs),
        peer: time(() => String(peer.processSync(body)), runs),
      },
    };
  } finally {
    console.warn = warn;
  }
}
