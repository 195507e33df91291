// The speed and size goals, each with its figure, the peer's figure from the same run, the ratio,
// and whether it is met. A goal whose section was not run is listed as not measured.
import { TAGS, fmt, fmtRatio } from './util.mjs';
import { ratioOf } from './report.mjs';

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const med = (stat) => stat?.median;

/** Why a goal is not met, when it is not: what the figures show, in a sentence. */
const WHY = {
  longTask:
    'the longest task the bundle makes is now one element registering with its copies on the first screen (docs/performance.md, “One element per task”); over 50 ms there means that element’s first-screen renders alone take that long at Lighthouse’s 4× slowdown.',
  tbt: 'total blocking time counts every task over 50 ms; see the longest task above.',
  score:
    'the score follows total blocking time, the paint metrics and layout shift. On `demo/enhance.html` it is the shift: the markdown images have no width and height, and in some runs the hero image arrives after the first paint but before `enhance()` has run, still in the page’s own paragraph, where no style of the library applies; it moves the article down by 248 px (CLS 0.12). Once the image is inside `<photo-credit>`, an unsized image keeps a 3:2 box until it arrives; the same page with sized images scores 0.99 (below).',
  callouts:
    'a callout renders more than the peer’s (an icon and a localized label in every one); 19 nodes against 8 remain.',
  chips:
    'a chip list is a labelled list with a link per chip (5 items, 5 links and their text), which costs layout the peer’s bare tags do not have.',
  cdn: 'the string tables of seven languages and both dialogs (zoom, Mastodon) now load on first need; what is left is the elements’ own code (credit parsing, the contents list, share targets, dates), lit and the shared base, and about 0.6 kB that writes English numbers and dates without loading the engine’s locale data on the first screen.',
  entries:
    'an element alone carries lit and the base class (about 7 kB) plus its own code and, in the npm modules, every language (kept so that bundlers and server rendering have them synchronously).',
  build:
    'lit’s server renderer writes every element’s shadow root (its stylesheet and template) once per element; the same post without declarative shadow DOM is the figure in the Ours column after the semicolon.',
  seedCls: 'see “What moved” in section 6 for the element that shifts.',
  cls: 'the zero-markup page’s images have no width and height (markdown writes none); each moves the page when it loads.',
};

export function goals(r) {
  const rows = [];
  const lh = r.lighthouse?.stats;
  const add = (goal, target, ours, peer, ratio, before, met, why) =>
    rows.push({ goal, target, ours, peer, ratio, before, met, why: met === false ? why : undefined });

  // No long task, on a phone (Lighthouse mobile).
  for (const page of ['index', 'enhance']) {
    const s = lh?.[page];
    const b = lh?.[`${page}-before`];
    const p = lh?.peer;
    const name = page === 'index' ? '`demo/index.html`' : '`demo/enhance.html`';
    if (!s) {
      add(`No long task: ${name}`, '', 'not measured in this run', '', '', '', undefined);
      continue;
    }
    add(
      `No long task: longest task of our bundle, ${name}`,
      '< 50 ms',
      s.longestOurs.median ? `${fmt(med(s.longestOurs), 0)} ms` : 'none ≥ 50 ms',
      p ? (p.longestOurs.median ? `${fmt(med(p.longestOurs), 0)} ms` : 'none ≥ 50 ms') : '–',
      p ? fmtRatio(ratioOf(med(s.longestOurs), med(p.longestOurs))) : '–',
      b ? `${fmt(med(b.longestOurs), 0)} ms` : '–',
      med(s.longestOurs) < 50,
      WHY.longTask,
    );
    add(
      `Total blocking time, ${name}`,
      '≤ 50 ms',
      `${fmt(med(s.tbt), 0)} ms`,
      p ? `${fmt(med(p.tbt), 0)} ms` : '–',
      p ? fmtRatio(ratioOf(med(s.tbt), med(p.tbt))) : '–',
      b ? `${fmt(med(b.tbt), 0)} ms` : '–',
      med(s.tbt) <= 50,
      WHY.tbt,
    );
    add(
      `Performance score, ${name}`,
      '≥ 0.99',
      fmt(med(s.score), 2),
      p ? fmt(med(p.score), 2) : '–',
      p ? fmtRatio(med(s.score) / med(p.score)) : '–',
      b ? fmt(med(b.score), 2) : '–',
      med(s.score) >= 0.99,
      WHY.score,
    );
  }
  if (lh?.index) {
    const p = lh.peer;
    add(
      'Nothing computed twice: script time of our bundle, `demo/index.html` (Lighthouse)',
      'formatters cached, hidden work after paint',
      `${fmt(med(lh.index.scriptingOurs), 0)} ms`,
      p ? `${fmt(med(p.scriptingOurs), 0)} ms` : '–',
      p ? fmtRatio(ratioOf(med(lh.index.scriptingOurs), med(p.scriptingOurs))) : '–',
      lh['index-before'] ? `${fmt(med(lh['index-before'].scriptingOurs), 0)} ms` : '–',
      undefined,
    );
  }

  // Upgrade as cheap as the leanest peer.
  const g = r.upgrade?.groups;
  const plainNodes = r.upgrade?.stats?.plain.nodes.median;
  const perElement = (group, count) => (n) => fmt(Math.round((n - plainNodes) / count), 0);
  if (g?.callouts?.peer) {
    const ratio = ratioOf(g.callouts.ours.time.median, g.callouts.peer.time.median);
    const per = perElement(g.callouts, 200);
    add(
      'Upgrade: 200 `<pro-tip>` vs 200 `<wa-callout>` (time to rendered)',
      'ratio ≤ 1.0',
      `${fmt(g.callouts.ours.time.median, 0)} ms, ${per(g.callouts.ours.nodes.median)} nodes each`,
      `${fmt(g.callouts.peer.time.median, 0)} ms, ${per(g.callouts.peer.nodes.median)} nodes each`,
      fmtRatio(ratio),
      '205 vs 104 ms (2.0×), 27 nodes each (issue, main at 2a9fbff)',
      ratio <= 1.0,
      WHY.callouts,
    );
  }
  if (g?.chips?.peer) {
    const ratio = ratioOf(g.chips.ours.time.median, g.chips.peer.time.median);
    const per = perElement(g.chips, 200);
    add(
      'Upgrade: 200 `<category-chips>` of five vs 1,000 `<wa-tag>`',
      'ratio ≤ 0.8',
      `${fmt(g.chips.ours.time.median, 0)} ms, ${per(g.chips.ours.nodes.median)} nodes a list`,
      `${fmt(g.chips.peer.time.median, 0)} ms, ${per(g.chips.peer.nodes.median)} nodes a list`,
      fmtRatio(ratio),
      '212 vs 247 ms (0.86×) (issue)',
      ratio <= 0.8,
      WHY.chips,
    );
  }
  if (!g) add('Upgrade cost', '', 'not measured in this run', '', '', '', undefined);

  // Half the bytes up front.
  const size = r.size;
  const cdn = size?.ours['reading-elements'];
  if (cdn) {
    const stack = size.peers['wa-stack'];
    const lazy = size.lazy ?? [];
    add(
      'Bytes up front: `dist/cdn/reading-elements.js`, all eight elements (gzip)',
      '≤ 24 kB',
      `${kb(cdn.gzip)}${lazy.length ? ` (+ ${lazy.length} files on first need, ${kb(Math.min(...lazy.map((f) => f.gzip)))}–${kb(Math.max(...lazy.map((f) => f.gzip)))} each)` : ''}`,
      stack ? `${kb(stack.gzip)} (Web Awesome stack + tocbot, medium-zoom, reading-time)` : '–',
      stack ? fmtRatio(cdn.gzip / stack.gzip) : '–',
      '36.8 kB (issue)',
      cdn.gzip <= 24_000,
      WHY.cdn,
    );
    const entries = TAGS.filter((tag) => size.ours[tag]).map((tag) => [tag, size.ours[tag].gzip]);
    const over = entries.filter(([, gzip]) => gzip > 9_000);
    add(
      'Bytes up front: each element’s entry with lit (gzip)',
      '≤ 9 kB each',
      `${kb(Math.min(...entries.map(([, b]) => b)))}–${kb(Math.max(...entries.map(([, b]) => b)))}; over: ${over.map(([t, b]) => `\`${t}\` ${kb(b)}`).join(', ') || 'none'}`,
      size.peers['wa-callout'] ? `\`wa-callout\` ${kb(size.peers['wa-callout'].gzip)}` : '–',
      '–',
      '–',
      over.length === 0,
      WHY.entries,
    );
  }

  // The build-time transform (issue: a 10,000-word post in under 50 ms in Node).
  const build = r.build?.pipelines;
  if (build) {
    add(
      `Build time: a ${r.build.words.toLocaleString('en')}-word post through \`renderArticle()\` in Node`,
      '< 50 ms',
      `${fmt(build.ours.median, 1)} ms with declarative shadow DOM (the default); ${fmt(build.oursNoShadowDom.median, 1)} ms without; first call in a fresh process ${fmt(build.ours.first, 0)} ms`,
      `${fmt(build.peer.median, 1)} ms (unified + rehype-callouts + reading-time); first call ${fmt(build.peer.first, 0)} ms`,
      fmtRatio(ratioOf(build.ours.median, build.peer.median)),
      '66.9 ms with, 41.5 ms without (previous stop); this code after five warm-up runs instead of thirty: 53.5 ms with, 28.3 ms without',
      build.ours.median < 50,
      WHY.build,
    );
  }

  // The seed post built by the CLI: no layout shift on Lighthouse mobile (build-time issue).
  if (lh?.seed) {
    add(
      'Build time: the seed post built by the CLI (`demo/seed.html`), Lighthouse mobile CLS',
      '0',
      `${fmt(med(lh.seed.cls), 3)} (performance ${fmt(med(lh.seed.score), 2)}, TBT ${fmt(med(lh.seed.tbt), 0)} ms)`,
      lh.peer ? fmt(med(lh.peer.cls), 3) : '–',
      '–',
      '0 (one run)',
      med(lh.seed.cls) === 0,
      WHY.seedCls,
    );
  }

  // Zero-markup pages steady.
  if (lh?.enhance) {
    add(
      'Layout shift: `demo/enhance.html` (Lighthouse mobile CLS)',
      '≤ 0.05 from what the library controls',
      `${fmt(med(lh.enhance.cls), 3)} as published; ${lh['enhance-sized'] ? `${fmt(med(lh['enhance-sized'].cls), 3)} with sized images` : 'sized-image variant not run'}`,
      lh.peer ? fmt(med(lh.peer.cls), 3) : '–',
      lh.peer && lh['enhance-sized']
        ? fmtRatio(ratioOf(med(lh['enhance-sized'].cls), med(lh.peer.cls)))
        : '–',
      lh['enhance-before'] ? fmt(med(lh['enhance-before'].cls), 3) : '0.137 (issue)',
      lh['enhance-sized'] ? med(lh['enhance-sized'].cls) <= 0.05 : undefined,
      WHY.cls,
    );
  }
  return rows;
}

export function goalLines(r) {
  const rows = goals(r);
  const lines = [
    '## Goals',
    '',
    'Each goal with our figure, the peers’ figure from the same run, and the ratio (ours ÷ peer). “Before” is the same page or bundle built from the code before this work, measured in the same run where it says so (`--baseline`), else the figure the goal was set from.',
    '',
    '| Goal | Target | Ours | Peer | Ratio | Before | Met |',
    '| --- | --- | --- | --- | ---: | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.goal} | ${row.target} | ${row.ours} | ${row.peer} | ${row.ratio} | ${row.before} | ${row.met === undefined ? '–' : row.met ? '**met**' : '**not met**'} |`,
    ),
    '',
  ];
  const missed = rows.filter((row) => row.met === false);
  if (missed.length) {
    lines.push('Not met, and why:', '');
    for (const row of missed) lines.push(`- ${row.goal}: ${row.ours} against ${row.target} — ${row.why}`);
    lines.push('');
  }
  return lines;
}
