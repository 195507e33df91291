/// <reference types="node" />
/**
 * The `reading-elements` command:
 *
 *   reading-elements render post.md -o post.html
 *   reading-elements render posts/ -o site/
 *
 * Exit codes: 0 done (warnings are listed, not errors), 1 some posts could not be rendered or
 * written (each is named; the others are written), 2 bad usage.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderPage } from './build/page.js';
import { renderArticle, type ArticleWarning, type RenderArticleOptions } from './build/render-article.js';
import { loadShadowDom } from './build/shadow-dom.js';

await loadShadowDom();

const USAGE = `Usage: reading-elements render <post.md | folder> -o <page.html | folder> [options]

Options:
  -o, --out <path>          the page to write, or the folder for a folder of posts (required)
  --template <file>         your page template ({{article}}, {{contents}}, {{head}}, {{css}}, {{script}}, …)
  --assets <url>            where dist/ is served from (reading-elements.css, cdn/reading-elements.js);
                            default: the relative path from each page to this package's dist/
  --href-template <t>       category links, e.g. /category/{slug}
  --url-base <url>          the site's address; each page's URL is this plus its path (canonical, Open Graph, sharing)
  --referral <name>         your Unsplash app name, added to photo credits
  --image-map <file.json>   { "remote URL": "local path" }: images to replace (no image is ever downloaded)
  --image-root <dir>        folder relative image paths are measured in (default: the post's folder)
  --lang <tag>              page language when a post has no lang (default en)
  --no-shadow-dom           no declarative shadow DOM: the elements render when the script runs
                            (default: written into the page, with cdn/reading-elements-hydrate.js)
  -q, --quiet               print only errors and the summary
  -h, --help                show this help
`;

interface Job {
  input: string;
  output: string;
}

class UsageError extends Error {}

const isMarkdown = (file: string) => /^\.(?:md|markdown|mdx?)$/i.test(extname(file)) && !/\.mdx$/i.test(file);

function markdownFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...markdownFiles(path));
    else if (entry.isFile() && isMarkdown(entry.name)) found.push(path);
  }
  return found.sort();
}

function jobsFor(input: string, out: string): Job[] {
  let stats;
  try {
    stats = statSync(input);
  } catch {
    throw new UsageError(`${input}: no such file or folder.`);
  }
  if (stats.isDirectory()) {
    const files = markdownFiles(input);
    if (files.length === 0)
      throw new UsageError(`${input}: no markdown files (.md, .markdown) in this folder.`);
    return files.map((file) => ({
      input: file,
      output: join(out, relative(input, file)).replace(/\.(?:md|markdown)$/i, '.html'),
    }));
  }
  if (/\.html?$/i.test(out) || !existsAsFolder(out)) return [{ input, output: out }];
  return [
    { input, output: join(out, relative(dirname(input), input).replace(/\.(?:md|markdown)$/i, '.html')) },
  ];
}

function existsAsFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const posix = (path: string) => path.split(sep).join('/');

/** This package's dist/ folder (the CLI is dist/cli.js). */
const DIST = dirname(fileURLToPath(import.meta.url));

/**
 * A page with declarative shadow roots loads the bundle with lit's hydrate support, which keeps
 * the server's rendering instead of rendering again; one without loads the plain bundle.
 */
function assetUrls(
  base: string | undefined,
  output: string,
  shadowDom: boolean,
): { css: string; script: string } {
  const prefix = base
    ? base.endsWith('/')
      ? base
      : `${base}/`
    : `${posix(relative(dirname(resolve(output)), DIST)) || '.'}/`;
  return {
    css: `${prefix}reading-elements.css`,
    script: `${prefix}cdn/${shadowDom ? 'reading-elements-hydrate.js' : 'reading-elements.js'}`,
  };
}

function readJson(path: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${what} ${path}: ${(error as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(`${what} ${path}: must hold a JSON object.`);
  return value as Record<string, unknown>;
}

/** A one-line progress bar on a terminal, for folders that take a while. */
function progressBar(total: number, stream: NodeJS.WriteStream) {
  const start = Date.now();
  let shown = false;
  return {
    tick(done: number) {
      if (!stream.isTTY || total < 2 || Date.now() - start < 500) return;
      shown = true;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
    },
    end() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}

/** Runs the command; returns the exit code. */
export function main(argv: string[], io = { out: process.stdout, err: process.stderr }): number {
  let jobs: Job[];
  let values: Record<string, string | boolean | undefined>;
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        template: { type: 'string' },
        assets: { type: 'string' },
        'href-template': { type: 'string' },
        'url-base': { type: 'string' },
        referral: { type: 'string' },
        'image-map': { type: 'string' },
        'image-root': { type: 'string' },
        lang: { type: 'string' },
        'no-shadow-dom': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    values = parsed.values;
    if (values['help']) {
      io.out.write(USAGE);
      return 0;
    }
    const [command, input, ...rest] = parsed.positionals;
    if (command !== 'render')
      throw new UsageError(command ? `unknown command "${command}".` : 'no command given.');
    if (!input) throw new UsageError('no post or folder given.');
    if (rest.length) throw new UsageError(`one post or folder at a time (also given: ${rest.join(' ')}).`);
    if (typeof values['out'] !== 'string') throw new UsageError('-o <page.html | folder> is required.');
    jobs = jobsFor(input, values['out']);
  } catch (error) {
    const message =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
        ? (error as Error).message
        : String(error);
    io.err.write(`reading-elements: ${message}\n\n${USAGE}`);
    return 2;
  }

  let template: string | undefined;
  let map: Record<string, string> | undefined;
  try {
    if (typeof values['template'] === 'string') template = readFileSync(values['template'], 'utf8');
    if (typeof values['image-map'] === 'string') {
      const json = readJson(values['image-map'], 'image map');
      map = Object.fromEntries(
        Object.entries(json).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
    }
  } catch (error) {
    io.err.write(`reading-elements: ${(error as Error).message}\n`);
    return 2;
  }

  const quiet = Boolean(values['quiet']);
  const urlBase =
    typeof values['url-base'] === 'string' ? values['url-base'].replace(/\/?$/, '/') : undefined;
  const warnings: ArticleWarning[] = [];
  const failed: Array<{ file: string; message: string }> = [];
  const bar = progressBar(jobs.length, io.err as NodeJS.WriteStream);
  const outRoot = jobs.length > 1 ? String(values['out']) : dirname(String(values['out']));

  jobs.forEach((job, index) => {
    let source: string;
    try {
      source = readFileSync(job.input, 'utf8');
    } catch (error) {
      failed.push({
        file: job.input,
        message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`,
      });
      return;
    }
    const options: RenderArticleOptions = {
      file: job.input,
      hrefTemplate: values['href-template'] as string | undefined,
      referral: values['referral'] as string | undefined,
      lang: values['lang'] as string | undefined,
      declarativeShadowDom: !values['no-shadow-dom'],
      url: urlBase ? new URL(posix(relative(outRoot, job.output)), urlBase).href : undefined,
      images: {
        baseDir: typeof values['image-root'] === 'string' ? values['image-root'] : dirname(job.input),
        map,
      },
      onWarning: (warning) => {
        warnings.push(warning);
        if (!quiet) {
          if (index > 0 || jobs.length > 1) bar.end();
          io.err.write(`warning: ${warning.file}: ${warning.field} ${warning.message}\n`);
        }
      },
    };
    try {
      const article = renderArticle(source, options);
      const page = renderPage(article, {
        ...assetUrls(values['assets'] as string | undefined, job.output, article.shadowDom),
        template,
      });
      mkdirSync(dirname(job.output), { recursive: true });
      writeFileSync(job.output, page);
    } catch (error) {
      failed.push({ file: job.input, message: (error as Error).message });
    }
    bar.tick(index + 1);
  });
  bar.end();

  const written = jobs.length - failed.length;
  const posts = new Set(warnings.map((warning) => warning.file)).size;
  let summary = `Wrote ${written} of ${jobs.length} ${jobs.length === 1 ? 'page' : 'pages'}`;
  if (warnings.length)
    summary += `; ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} in ${posts} ${posts === 1 ? 'post' : 'posts'}`;
  io.err.write(`${summary}.\n`);
  if (warnings.length && jobs.length > 1) {
    const byFile = new Map<string, number>();
    for (const warning of warnings) byFile.set(warning.file, (byFile.get(warning.file) ?? 0) + 1);
    for (const [file, count] of byFile)
      io.err.write(`  ${file}: ${count} ${count === 1 ? 'warning' : 'warnings'}\n`);
  }
  for (const failure of failed) io.err.write(`error: ${failure.file}: ${failure.message}\n`);
  return failed.length ? 1 : 0;
}
