// Writes bench/RESULTS.md and bench/ratios.svg from the measured figures.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, fmt, fmtRatio, fmtStat } from './util.mjs';
import { PEERS } from './size.mjs';
import { SCRIPT_DELAY } from './cls.mjs';
import { goalLines } from './goals.mjs';

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (s, d = 1) => fmtStat(s, d);
/** A markdown table; a column is right-aligned when every cell in it starts like a number. */
const table = (head, rows) => {
  const numeric = head.map(
    (_, i) =>
      i > 0 && rows.every((r) => r[i] === undefined || r[i] === '' || /^[*≈~\-–−\d(]/.test(String(r[i]))),
  );
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (numeric[i] ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
};

/** The ratios drawn in ratios.svg and listed in the summary: [group, label, ratio, note]. */
export function mainRatios(r) {
  const out = [];
  for (const pair of r.size.pairs) {
    out.push([
      'Size (gzip)',
      `${r.size.ours[pair.ours].short ?? pair.ours} vs ${PEERS[pair.peer].short ?? pair.peer}`,
      pair.ratio.gzip,
    ]);
  }
  const s = r.scroll;
  if (s) {
    for (const [metric, label] of [
      ['ScriptDuration', 'script time'],
      ['LayoutCount', 'layouts'],
      ['RecalcStyleCount', 'style recalcs'],
      ['TaskDuration', 'main-thread task time'],
    ]) {
      const ours = s.extra.ours[metric].median;
      const peer = s.extra.peer[metric].median;
      out.push(['Scroll cost (extra over bare page)', `${label}`, ratioOf(ours, peer)]);
    }
  }
  const u = r.upgrade;
  if (u?.stats) {
    out.push([
      'Upgrade',
      'time to rendered (minus plain HTML)',
      ratioOf(u.minusPlain.ours.median, u.minusPlain.peer.median),
    ]);
    out.push([
      'Upgrade',
      'time to rendered (from navigation)',
      ratioOf(u.stats.ours.time.median, u.stats.peer.time.median),
    ]);
  }
  const t = r.text?.text;
  if (t?.warm) {
    out.push(['Text analysis', 'article → minutes, warm', ratioOf(t.warm.ours.median, t.warm.peer.median)]);
    out.push([
      'Text analysis',
      'article → minutes, first call',
      ratioOf(t.cold.ours.median, t.cold.peer.median),
    ]);
  }
  return out;
}

/** us / peer; extra costs at or below zero (within noise) are clamped to a small positive floor. */
export function ratioOf(ours, peer) {
  if (!Number.isFinite(ours) || !Number.isFinite(peer)) return NaN;
  const floor = 0.01;
  return Math.max(ours, floor) / Math.max(peer, floor);
}

export function writeSvg(ratios, file) {
  const rows = ratios.filter(([, , v]) => Number.isFinite(v));
  const width = 860;
  const labelWidth = 360;
  const chartWidth = width - labelWidth - 90;
  const rowHeight = 22;
  const groupGap = 26;
  const min = 1 / 16;
  const max = 32;
  const x = (v) =>
    labelWidth +
    ((Math.log2(Math.min(max, Math.max(min, v))) - Math.log2(min)) / (Math.log2(max) - Math.log2(min))) *
      chartWidth;
  const esc = (text) => String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const parts = [];
  let y = 56;
  let group = '';
  for (const [g, label, v] of rows) {
    if (g !== group) {
      y += group ? groupGap - 6 : 0;
      parts.push(`<text x="12" y="${y + 4}" class="group">${esc(g)}</text>`);
      y += 16;
      group = g;
    }
    const x1 = x(1);
    const xv = x(v);
    const good = v <= 1;
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 14}" class="label" text-anchor="end">${esc(label)}</text>`,
    );
    parts.push(
      `<rect x="${Math.min(x1, xv).toFixed(1)}" y="${y + 3}" width="${Math.max(1, Math.abs(xv - x1)).toFixed(1)}" height="${rowHeight - 7}" class="${good ? 'win' : 'lose'}"/>`,
    );
    parts.push(
      `<text x="${(good ? Math.min(x1, xv) - 4 : Math.max(x1, xv) + 4).toFixed(1)}" y="${y + 14}" class="value" text-anchor="${good ? 'end' : 'start'}">${esc(fmtRatio(v))}</text>`,
    );
    y += rowHeight;
  }
  const height = y + 40;
  const ticks = [1 / 16, 1 / 8, 1 / 4, 1 / 2, 1, 2, 4, 8, 16, 32]
    .map(
      (t) =>
        `<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="48" y2="${height - 30}" class="${t === 1 ? 'one' : 'grid'}"/><text x="${x(t).toFixed(1)}" y="${height - 14}" class="tick" text-anchor="middle">${t < 1 ? `1/${1 / t}` : t}×</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" role="img" aria-labelledby="title">
<title id="title">reading-elements / peer ratios (log scale; left of 1× we are smaller or cheaper)</title>
<style>
  .group { font-size: 13px; font-weight: 700; fill: #222; }
  .label, .value, .tick { font-size: 12px; fill: #333; }
  .win { fill: #2f7d4f; } .lose { fill: #c2410c; }
  .grid { stroke: #ddd; } .one { stroke: #222; stroke-width: 1.5; }
  .note { font-size: 12px; fill: #555; }
</style>
<rect width="100%" height="100%" fill="#fff"/>
<text x="12" y="22" class="group" font-size="15">reading-elements ÷ peer (median ratios, log scale)</text>
<text x="12" y="40" class="note">Green, left of 1×: we are smaller or cheaper. Orange, right of 1×: the peer is. Bars are clamped to 1/16–32×.</text>
${ticks}
${parts.join('\n')}
</svg>
`;
  writeFileSync(file, svg);
}

export function writeResults(r, file) {
  const lines = [];
  const p = (...text) => lines.push(...text);
  p('# Benchmark results', '');
  p(
    `Generated by \`npm run bench\` (\`bench/run.mjs\`) on ${r.env.date}. Re-run it to refresh this file and \`bench/ratios.svg\`.`,
    '',
  );
  p(
    table(
      ['', ''],
      [
        ['Engine', `${r.env.browser} (headless, \`${r.env.chromium}\`)`],
        [
          'Machine',
          `${r.env.cores} cores (${r.env.cpu}), ${r.env.memory} GB RAM, ${r.env.platform}; Node ${r.env.node}`,
        ],
        [
          'Load',
          `load average ${r.env.loadStart} at the start and ${r.env.loadEnd} at the end (1/5/15 min). The machine is shared, so runs are interleaved and reported as median (min–max).`,
        ],
        ['Library', `commit ${r.env.commit}; dist/ ${r.env.build}`],
        [
          'Duration',
          `${fmt(r.env.seconds, 0)} s for the whole run (${Object.entries(r.env.stages)
            .map(([k, v]) => `${k} ${fmt(v, 0)} s`)
            .join(', ')})`,
        ],
      ],
    ),
    '',
  );
  p(
    '**How to read the ratios:** every ratio is *ours ÷ peer*, from figures measured in the same run. Below 1 we are smaller or cheaper; above 1 the peer is. Times are milliseconds; "median (min–max)" over the runs stated in each section.',
    '',
  );
  p('![ours ÷ peer ratios](ratios.svg)', '');

  if (r.notes.length) {
    p('**Not measured in this run:**', '');
    for (const note of r.notes) p(`- ${note}`);
    p('');
  }

  // Summary
  p('## Summary', '');
  p(
    table(
      ['Figure', 'Comparison', 'Ratio (ours ÷ peer)'],
      mainRatios(r).map(([g, l, v]) => [g, l, fmtRatio(v)]),
    ),
    '',
  );

  p(...goalLines(r));

  // Where we lose
  p('## Where we lose, and why', '');
  if (r.losses.length) for (const loss of r.losses) p(`- ${loss}`);
  else p('- Nowhere in this run.');
  p('');

  // 1. Size
  const size = r.size;
  p('## 1. Size', '');
  p(
    `Each measured thing is bundled the same way: an entry module that re-exports the registration module, bundled by rollup's JS API with \`@rollup/plugin-node-resolve\` (\`browser\`, \`production\` conditions) and minified by \`@rollup/plugin-terser\` with the library's own CDN settings (\`module\`, \`ecma 2022\`, two compress passes, no comments — licence banners are dropped for everyone)${size.templatesMinified ? ', after `@lit-labs/rollup-plugin-minify-html-literals` with `keepClosingSlash` as in the CDN build (it skips the few Web Awesome templates it cannot parse)' : ''}. Our per-element figures are \`dist/<tag>.js\` with lit inlined, i.e. what one element costs on a page that has nothing else. Bytes: minified, gzip (zlib level 9), brotli (quality 11). Bundles and entries are kept in \`bench/.tmp/size/\` and \`bench/.tmp/entries/\`.`,
    '',
  );
  p(
    "Peers: Web Awesome 3 components from `dist/components/<name>/<name>.js`; Material Web from `@material/web/<group>/<name>.js`; tocbot's ES module (`tocbot` → `index.js`); medium-zoom's ES module; `reading-time`'s `lib/reading-time.js` (CommonJS, its one `module.exports` line turned into `export default` for the bundle; `stream.js` is Node-only and left out). Web Awesome components need its theme stylesheet for their design tokens (without it they render with fallbacks only); it is measured apart, minified, and shown in the last column as \"with CSS\". Our elements carry their default tokens in their JS; `dist/reading-elements.css` is optional.",
    '',
  );
  p('### Ours against the peers', '');
  p(
    table(
      [
        'Ours',
        'Peer',
        'Ours gzip',
        'Peer gzip',
        'Min ratio',
        'Gzip ratio',
        'Brotli ratio',
        'Gzip ratio with peer CSS',
        'Our own code (gzip, entry − lit+base)',
      ],
      size.pairs.map((pair) => {
        const us = size.ours[pair.ours];
        const them = size.peers[pair.peer];
        return [
          us.short
            ? pair.ours === 'reading-elements'
              ? 'CDN bundle (with `enhance()`)'
              : us.label
            : `\`${pair.ours}\``,
          PEERS[pair.peer].label,
          kb(us.gzip),
          kb(them.gzip),
          fmtRatio(pair.ratio.min),
          `**${fmtRatio(pair.ratio.gzip)}**`,
          fmtRatio(pair.ratio.brotli),
          pair.ratioWithCss ? fmtRatio(pair.ratioWithCss) : '–',
          pair.ownGzip !== undefined ? `≈ ${kb(pair.ownGzip)}` : '–',
        ];
      }),
    ),
    '',
  );
  const withModules = Object.entries(size.ours).filter(([, b]) => b.modules?.length);
  if (withModules.length) {
    p(
      "Where each entry's own bytes go (largest of our modules, share of the bundle before minification; the rest is lit and the shared base):",
      '',
    );
    p(
      table(
        ['Entry', 'Largest own modules'],
        withModules.map(([tag, b]) => [
          `\`${tag}\``,
          b.modules.map((m) => `\`${m.replace(/ (\d+ %)$/, '` $1')}`).join(', '),
        ]),
      ),
      '',
    );
  }
  if (size.budget)
    p(
      `Our own gzip budget for the CDN bundle (rollup.config.mjs): ${kb(size.budget)}; the bundle is ${kb(size.ours['reading-elements'].gzip)} (${size.ours['reading-elements'].gzip <= size.budget ? 'within' : '**over**'} it). The foundation issue (and the comment above the budgets) asks the whole library to stay under 20 kB gzip: ${size.ours['reading-elements'].gzip <= 20_000 ? 'it does' : `it is **${kb(size.ours['reading-elements'].gzip - 20_000)} over**`}.`,
      '',
    );
  if (size.lazy?.length) {
    p('### Fetched on first need', '');
    p(
      'The CDN bundle carries English and everything a page shows when it opens; these files sit beside it and are fetched only when a page needs them (a language other than English). Each is fetched at most once per page.',
      '',
    );
    p(
      table(
        ['File', 'Minified', 'Gzip'],
        size.lazy.map((f) => [`\`${f.file}\``, kb(f.min), kb(f.gzip)]),
      ),
      '',
    );
  }
  p('### Every bundle measured', '');
  p(
    table(
      ['Bundle', 'Minified', 'Gzip', 'Brotli'],
      [
        ...Object.values(size.ours).map((b) => [`ours: ${b.label}`, kb(b.min), kb(b.gzip), kb(b.brotli)]),
        ...Object.values(size.peers).map((b) => [`peer: ${b.label}`, kb(b.min), kb(b.gzip), kb(b.brotli)]),
      ],
    ),
    '',
  );
  if (size.cdnTags)
    p(
      `The CDN bundle registered these elements when loaded in this run: ${size.cdnTags.map((t) => `\`${t}\``).join(', ') || 'none'}.`,
      '',
    );
  if (size.skipped.length)
    p(
      `Skipped (no \`src/<tag>.ts\` or no built \`dist/<tag>.js\` yet): ${size.skipped.map((t) => `\`${t}\``).join(', ')}.`,
      '',
    );

  // 2. Scroll
  const s = r.scroll;
  p('## 2. Scroll cost', '');
  if (s) {
    p(
      `A generated article of ${s.sections} sections (h2, every third with two h3) and about ${fmt(s.words)} words, in a two-column layout with a sticky sidebar, in five variants:`,
      '',
    );
    p(`- **bare**: the article only, no script;`);
    p(
      `- **ours**: \`<reading-progress for="article">\`${s.withToc ? ' and `<table-of-contents for="article">` in the sidebar' : ' (no `<table-of-contents>` yet)'}, from ${s.ourScript};`,
    );
    p(
      "- **peer**: the usual hand-written progress bar (a `scroll` listener that reads `scrollY` and `scrollHeight` and sets the bar's `width`) plus tocbot (`dist/tocbot.min.js` with `tocbot.css`, `collapseDepth: 6` so it lists the same headings);",
    );
    p(
      '- **CSS-only bar**: the bare page plus a bar animated by `animation-timeline: scroll(root)` and no script, as a reference for what the platform itself costs per frame;',
    );
    p(
      '- **ours, fallback path**: the same as ours with `ReadingProgress.useScrollTimeline = false` set before the bar is created, i.e. the one passive scroll listener and one animation frame that browsers without scroll-driven animations run.',
      '',
    );
    p(
      `Each run loads the page in a fresh tab, waits until the elements have rendered, reads the Chrome DevTools Protocol \`Performance.getMetrics\` counters, scrolls the whole document down with \`window.scrollBy\` once per animation frame for ${s.frames} frames (awaited inside the page), and reads the counters again. The table shows what each variant costs *over the bare page scrolled in the same round* (paired), median (min–max) over ${s.runs} rounds; the variant order rotates between rounds.`,
      '',
    );
    const metricRows = [
      ['ScriptDuration', 'Script time (ms)', 1],
      ['TaskDuration', 'Main-thread task time (ms)', 0],
      ['LayoutCount', 'Layouts', 0],
      ['LayoutDuration', 'Layout time (ms)', 1],
      ['RecalcStyleCount', 'Style recalculations', 0],
      ['RecalcStyleDuration', 'Style recalculation time (ms)', 1],
    ];
    const extraCols = ['fallback', 'cssbar'].filter((v) => s.extra[v]);
    const extraNames = { fallback: 'Ours, fallback path', cssbar: 'CSS-only bar' };
    p(
      table(
        [
          'Extra over bare page',
          'Ours',
          'Peer',
          'Ratio ours ÷ peer (medians)',
          ...extraCols.map((v) => extraNames[v]),
        ],
        metricRows.map(([m, label, d]) => [
          label,
          ms(s.extra.ours[m], d),
          ms(s.extra.peer[m], d),
          fmtRatio(ratioOf(s.extra.ours[m].median, s.extra.peer[m].median)),
          ...extraCols.map((v) => ms(s.extra[v][m], d)),
        ]),
      ),
      '',
    );
    p(
      `Bare page, absolute, for scale: script ${ms(s.absolute.bare.ScriptDuration)} ms, task ${ms(s.absolute.bare.TaskDuration, 0)} ms, layouts ${ms(s.absolute.bare.LayoutCount, 0)}, style recalculations ${ms(s.absolute.bare.RecalcStyleCount, 0)}; ${s.frames} frames took ${ms(s.absolute.bare.elapsed, 0)} ms. Ratios of extras near zero are noisy; negative extras mean "no measurable cost" (clamped to 0.01 for ratios).`,
      '',
    );
    p(
      `The current contents entry changed ${ms(s.absolute.ours.currentChanges, 0)} times during the scroll with ours and ${ms(s.absolute.peer.currentChanges, 0)} times with tocbot (counted with a MutationObserver on \`aria-current\` / \`is-active-link\`)${s.absolute.peer.currentChanges.median < s.frames / 20 ? ': tocbot debounces its scroll handler (50 ms by default), so during a continuous scroll it does not update at all, and its one update after the scroll stops falls outside the measured window — an advantage to the peer in these figures, and a highlight that lags behind the reader' : ''}. The CSS-only bar (\`animation-timeline: scroll(root)\`, no script) costs ${ms(s.extra.cssbar.RecalcStyleCount, 0)} style recalculations, ${ms(s.extra.cssbar.LayoutCount, 0)} layouts and ${ms(s.extra.cssbar.ScriptDuration)} ms of script over the bare page: the platform's floor for any scroll-linked bar.`,
      '',
    );
    p(
      `Sanity check after the first scroll: ours ${s.checks.ours?.progress}, ${s.checks.ours?.tocLinks} contents links, current entry "${s.checks.ours?.active ?? '–'}"; peer ${s.checks.peer?.progress}, ${s.checks.peer?.tocLinks} contents links, current entry "${s.checks.peer?.active ?? '–'}".`,
      '',
    );
  } else p('Not measured.', '');

  // 3. Upgrade
  const u = r.upgrade;
  p('## 3. Upgrade cost', '');
  if (u?.stats) {
    p(
      `A page of 200 callouts, 200 category lists of five and 50 figures, interleaved with headings. Groups measured: ${u.included.map((g) => `**${g}**`).join(', ')}${u.skipped.length ? `; the others stay plain HTML in every variant until ${u.skipped.map((t) => `\`${t}\``).join(', ')} exist` : ''}.`,
      '',
    );
    p(
      '- **plain**: the same content as plain HTML (blockquotes, lists of links, `<figure>`), no script — the baseline;',
    );
    p(
      "- **ours**: `<pro-tip kind>`, `<category-chips categories='[…]' href-template>` (the seed's five typed categories), `<photo-credit author author-href source>` around the image; one module bundling those entries with lit (same rollup settings as above), plus the optional `dist/reading-elements.css`;",
    );
    p(
      '- **peer**: Web Awesome `<wa-callout variant>` (no icon: `<wa-icon>` would fetch Font Awesome icons from the network, while ours draws inline SVG icons and a label), a list of five `<wa-tag>` per category list (1,000 tags against our 200 elements: Web Awesome has no list component), and a plain `<figure>` with a text credit for images (Web Awesome has no credit element); one module bundling callout and tag, plus the Web Awesome theme stylesheet.',
      '',
    );
    p(
      `"Rendered" is \`performance.now()\` (from navigation start) once every tag is defined, every element's \`updateComplete\` has resolved and one more animation frame has run. Median (min–max) of ${u.runs} runs, each in a fresh tab, the three variants interleaved. CDP counters are cumulative for the tab at that moment.`,
      '',
    );
    const rows = [
      ['time', 'Rendered at (ms from navigation)', 0],
      ['script', 'Script time (ms)', 0],
      ['style', 'Style recalculation time (ms)', 0],
      ['layout', 'Layout time (ms)', 0],
      ['task', 'Main-thread task time (ms)', 0],
      ['heap', 'JS heap used (MB)', 1],
      ['cls', 'Layout shift while loading (sum)', 3],
    ];
    p(
      table(
        ['', 'Plain HTML', 'Ours', 'Web Awesome', 'Ratio ours ÷ WA'],
        rows.map(([k, label, d]) => [
          label,
          ms(u.stats.plain[k], d),
          ms(u.stats.ours[k], d),
          ms(u.stats.peer[k], d),
          fmtRatio(ratioOf(u.stats.ours[k].median, u.stats.peer[k].median)),
        ]),
      ),
      '',
    );
    p(
      'The layout-shift row is what the Layout Instability API reports, and from a local server the script runs before the first paint anyway; section 5 loads these pages with the script 500 ms late and compares geometry, which shows what a reader on a slow connection would see move.',
      '',
    );
    if (u.groups && Object.keys(u.groups).length) {
      p(
        `One group at a time (the others plain HTML in both variants), median (min–max) of ${Object.values(u.groups)[0].runs} runs each — which element carries the cost:`,
        '',
      );
      const row = (label, g, k, d = 0) => [
        label,
        g.ours ? ms(g.ours[k], d) : '–',
        g.peer ? ms(g.peer[k], d) : 'plain HTML',
        g.ours && g.peer ? fmtRatio(ratioOf(g.ours[k].median, g.peer[k].median)) : '–',
      ];
      const rowsG = [];
      for (const [name, g] of Object.entries(u.groups)) {
        const title = `${name}: \`<${g.tag}>\` vs ${g.peerTags.length ? g.peerTags.map((t) => `\`<${t}>\``).join(', ') : 'plain `<figure>`'}`;
        rowsG.push(row(`${title} — rendered at (ms)`, g, 'time'));
        rowsG.push(row('  script (ms)', g, 'script'));
        rowsG.push(row('  style recalculation (ms)', g, 'style'));
        rowsG.push(row('  layout (ms)', g, 'layout'));
        rowsG.push(row('  DOM nodes, shadow roots included', g, 'nodes'));
      }
      p(table(['Group', 'Ours', 'Web Awesome', 'Ratio'], rowsG), '');
      p(
        `For scale, the all-plain page renders at ${ms(u.stats.plain.time, 0)} ms with ${fmt(u.stats.plain.nodes.median)} DOM nodes.`,
        '',
      );
    }
    p(
      `Upgrade cost over plain HTML (paired per round): ours ${ms(u.minusPlain.ours, 0)} ms, Web Awesome ${ms(u.minusPlain.peer, 0)} ms → ratio **${fmtRatio(ratioOf(u.minusPlain.ours.median, u.minusPlain.peer.median))}**. Elements waited for: ours ${u.counts.ours?.elements}, Web Awesome ${u.counts.peer?.elements}; DOM nodes: plain ${fmt(u.counts.plain?.nodes)}, ours ${fmt(u.counts.ours?.nodes)}, Web Awesome ${fmt(u.counts.peer?.nodes)}.`,
      '',
    );
  } else
    p(
      `Not measured: ${u?.skipped?.length ? `none of ${u.skipped.map((t) => `\`${t}\``).join(', ')} exists yet` : 'skipped'}.`,
      '',
    );

  // 4. Text
  const t = r.text;
  p('## 4. Text analysis and `enhance()`', '');
  if (t?.text?.warm) {
    const x = t.text;
    p(
      `A generated article of about ${fmt(x.words)} words in the seed's rendered-markdown shape (40 sections, callout blockquotes, 14 images with credit lines, 4 code blocks, a Key Takeaways list), in Chromium, both libraries bundled by the same rollup settings and loaded by one page:`,
      '',
    );
    p(
      '- **ours**: `readingMinutes(analyzeText(article))` from `src/internal/text-stats.ts` — one pass over the DOM that leaves out code, navigation and hidden parts, counts images, and counts words by the Unicode word rules;',
    );
    p(
      '- **peer**: `Math.ceil(readingTime(article.textContent).minutes)` — `reading-time` takes a string, so the `textContent` read (which includes the code blocks) is part of its cost, as it would be on a page;',
    );
    p(
      '- **string only**: `countText(text)` against `readingTime(text)` on the same pre-extracted string, to compare the counting alone.',
      '',
    );
    p(
      `"First call" is the first call on a fresh page (compilation, regular expressions and caches included); "warm" is the per-call time of batches of 10 after one warm-up batch. Median (min–max) over ${x.runs} pages (first call) and ${x.runs} × 8 batches (warm); the order of the two libraries alternates between pages. The page is cross-origin isolated so \`performance.now()\` has its fine resolution.`,
      '',
    );
    p(
      table(
        ['', 'Ours', '`reading-time`', 'Ratio'],
        [
          [
            'Article → minutes, first call (ms)',
            ms(x.cold.ours, 2),
            ms(x.cold.peer, 2),
            fmtRatio(ratioOf(x.cold.ours.median, x.cold.peer.median)),
          ],
          [
            'Article → minutes, warm (ms)',
            ms(x.warm.ours, 2),
            ms(x.warm.peer, 2),
            fmtRatio(ratioOf(x.warm.ours.median, x.warm.peer.median)),
          ],
          [
            'String → words, warm (ms)',
            ms(x.pure.ours, 2),
            ms(x.pure.peer, 2),
            fmtRatio(ratioOf(x.pure.ours.median, x.pure.peer.median)),
          ],
          ['Words found', fmt(x.counts.ours.words), fmt(x.counts.peer.words), ''],
          [
            'Minutes',
            `${x.counts.ours.minutes} (230 wpm, ${x.counts.ours.images} images)`,
            `${x.counts.peer.minutes} (200 wpm, no images)`,
            '',
          ],
        ],
      ),
      '',
    );
    if (x.samples?.length) {
      p(
        'What each counts on short samples in other scripts (ours reports words and Chinese/Japanese/Korean characters apart, read at 230 words and 500 characters a minute; `reading-time` counts every Han or Hiragana character as a word — not Katakana — and otherwise splits at spaces, read at 200 a minute):',
        '',
      );
      p(
        table(
          ['Sample', 'Text', 'Ours', '`reading-time` words', 'Words a reader counts'],
          x.samples.map((sample) => [
            sample.lang,
            sample.text,
            `${sample.ours.words} words${sample.ours.characters ? `, ${sample.ours.characters} characters` : ''}`,
            String(sample.peer),
            sample.expected ?? '–',
          ]),
        ),
        '',
      );
    }
  } else p(`Text analysis not measured: ${t?.text?.skipped ?? 'skipped'}.`, '');
  if (t?.enhance?.call) {
    const e = t.enhance;
    p(
      `\`enhance(article)\` on the same article (no peer does this; the figure is absolute), from the \`dist/enhance.js\` entry bundled with lit, first call on a fresh page, ${e.runs} pages: the call itself takes ${ms(e.call, 1)} ms and everything it created has rendered (\`updateComplete\` + one frame) ${ms(e.rendered, 0)} ms after the call started. It created ${Object.entries(
        e.report,
      )
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}.`,
      '',
    );
  } else p(`\`enhance()\` not measured: ${t?.enhance?.skipped ?? 'skipped'}.`, '');

  // 5. CLS
  p('## 5. Layout shift of the demo pages', '');
  p(
    `Each page is served from the repository root and loaded in a fresh tab with a \`layout-shift\` \`PerformanceObserver\` installed before any page script (\`evaluateOnNewDocument\`), until the network is idle plus two frames and 500 ms. CLS is the largest session window (shifts under 1 s apart, at most 5 s), as defined for Core Web Vitals; "sum" adds every shift; 0.1 is the usual "good" threshold. From a local server the script usually runs before the first paint, so a second pass holds every script module back ${SCRIPT_DELAY} ms (request interception), as a slow network would: the page paints un-upgraded first and any shift at upgrade shows. The Layout Instability API misses much of what an upgrade moves (an element that attaches a shadow root gives its children new layout boxes, which count as new, not moved; a host that paints nothing itself is not tracked), so the last two columns compare geometry directly: the text blocks (headings, paragraphs, list items, figures, images, quotes) of the first screen in the first frame after parsing, before deferred scripts run, against where they are at the end. That also counts movement that is not an upgrade's, such as an image without \`width\` and \`height\` arriving late.`,
    '',
  );
  const cls = r.cls ?? { pages: {}, delayed: {}, upgrade: {} };
  const moved = (c) => (c.moved ? `${fmt(c.moved.median, 0)} of ${fmt(c.tracked.median, 0)}` : '–');
  const worst = (c) =>
    c.worst.length
      ? c.worst.map((w) => `${fmt(w.value, 3)} at ${w.time} ms (${w.sources.join(', ') || '?'})`).join('; ')
      : 'none';
  const clsRows = [];
  for (const [path, c] of Object.entries(cls.pages)) {
    if (c.skipped) {
      clsRows.push([`\`${path}\``, c.skipped, '', '', '', '', '']);
      continue;
    }
    clsRows.push([
      `\`${path}\``,
      ms(c.cls, 3),
      ms(c.total, 3),
      ms(c.count, 0),
      worst(c),
      moved(c),
      ms(c.largest, 0),
    ]);
    const d = cls.delayed[path];
    if (d)
      clsRows.push([
        `\`${path}\`, script ${SCRIPT_DELAY} ms late`,
        ms(d.cls, 3),
        ms(d.total, 3),
        ms(d.count, 0),
        worst(d),
        moved(d),
        ms(d.largest, 0),
      ]);
  }
  const names = {
    plain: 'upgrade page, plain HTML',
    ours: 'upgrade page, ours (with `dist/reading-elements.css`)',
    peer: 'upgrade page, Web Awesome (with its theme CSS)',
  };
  for (const [variant, c] of Object.entries(cls.upgrade ?? {}))
    clsRows.push([
      `${names[variant]}, script ${SCRIPT_DELAY} ms late`,
      ms(c.cls, 3),
      ms(c.total, 3),
      ms(c.count, 0),
      worst(c),
      moved(c),
      ms(c.largest, 0),
    ]);
  p(
    table(
      [
        'Page',
        'CLS',
        'Sum of shifts',
        'Shifts',
        'Largest shifts (value, time, moved nodes)',
        'First-screen blocks moved',
        'Largest move (px)',
      ],
      clsRows,
    ),
    '',
  );
  p(
    `Runs: ${Object.values(cls.pages).find((c) => c.runs)?.runs ?? 0} per page at local speed, ${Object.values(cls.delayed).find((c) => c.runs)?.runs ?? 0} with the late script. The upgrade pages of section 3 at local speed shift (sum): plain ${r.upgrade?.stats ? ms(r.upgrade.stats.plain.cls, 3) : '–'}, ours ${r.upgrade?.stats ? ms(r.upgrade.stats.ours.cls, 3) : '–'}, Web Awesome ${r.upgrade?.stats ? ms(r.upgrade.stats.peer.cls, 3) : '–'}.`,
    '',
  );

  const lh = r.lighthouse;
  if (lh) {
    p('## 6. Lighthouse, mobile', '');
    p(
      `Lighthouse ${lh.version} (pinned in package.json), its default mobile profile: simulated 4× CPU slowdown and slow 4G, performance category only, a fresh headless Chromium for every run. ${lh.runs} runs per page, interleaved (each run visits every page, in a rotating order); medians (min–max). The peer page is \`demo/index.html\` with each of our elements replaced by the peer stack: \`<wa-callout>\` for callouts, \`<wa-tag>\` for categories, tocbot for the contents list, medium-zoom on the photos, the \`reading-time\` package and \`Intl.DateTimeFormat\` for the byline (no progress bar, plain share links). "Longest task of the library" is the longest task Lighthouse lists (it lists those of 50 ms or more) whose script is our bundle (or, on the peer page, the peer bundle); "none" means no such task. The sized variant is \`demo/enhance.html\` with \`width\` and \`height\` on its images. \`demo/seed.html\` is the seed post as \`reading-elements render\` writes it (\`npm run demo:seed\`): declarative shadow DOM and the hydrate bundle.`,
      '',
    );
    const label = {
      index: '`demo/index.html`',
      enhance: '`demo/enhance.html`',
      'enhance-sized': '`demo/enhance.html`, images sized',
      seed: '`demo/seed.html`: the seed post built by the CLI',
      peer: 'peer stack article',
      'index-before': '`demo/index.html`, before (baseline build)',
      'enhance-before': '`demo/enhance.html`, before (baseline build)',
    };
    const cell = (stat, digits = 0) => (stat?.n ? fmtStat(stat, digits) : '–');
    p(
      table(
        [
          'Page',
          'Score',
          'TBT (ms)',
          'Longest task of the library (ms)',
          'Library script time (ms)',
          'CLS',
          'LCP (ms)',
          'Unused JS of ours (B)',
        ],
        Object.keys(lh.stats).map((name) => {
          const st = lh.stats[name];
          return [
            label[name] ?? name,
            cell(st.score, 2),
            cell(st.tbt),
            st.longestOurs.max ? cell(st.longestOurs) : 'none',
            cell(st.scriptingOurs),
            cell(st.cls, 3),
            cell(st.lcp),
            cell(st.unusedJs),
          ];
        }),
      ),
      '',
    );
    const moved = Object.entries(lh.shifts ?? {}).filter(([, list]) => list.length);
    if (moved.length) {
      p("What moved (the median-CLS run of each page, Lighthouse's layout-shift audit):", '');
      for (const [name, list] of moved)
        p(
          `- ${label[name] ?? name}: ${list.map((item) => `${fmt(item.score, 3)} \`${(item.node ?? '?').replaceAll('`', "'")}\`${item.cause ? ` (${item.cause})` : ''}`).join('; ')}`,
        );
      p('');
    }
  }

  const b = r.build;
  if (b?.pipelines) {
    // Only the first pipeline of each library runs cold; the others start warmed by it.
    const row = (name, stat, cold = false) =>
      `| ${name} | ${fmt(stat.median, 1)} ms | ${fmt(stat.min, 1)}–${fmt(stat.max, 1)} ms | ${fmtRatio(ratioOf(stat.median, b.pipelines.peer.median))} | ${cold ? `${fmt(stat.first, 0)} ms | ${fmtRatio(ratioOf(stat.first, b.pipelines.peer.first))}` : '– | –'} |`;
    p('## 7. Build time', '');
    p(
      `The seed post (\`test/fixtures/build/blog-post-format.md\`) with its body repeated to ${b.words.toLocaleString('en')} words (${(b.bytes / 1024).toFixed(0)} KB of markdown: ${b.counts.callouts} callouts, ${b.counts.photos} credited photos), turned into the finished article in Node ${r.env.node}; ${b.runs} runs of each after thirty warm-up runs, median (min–max), in one process: the steady state of a site build, which renders many posts in one process (V8 keeps optimizing the transform for about thirty calls). "First call" is the first run of each library in the process (ours with shadow DOM, then the peer), what a one-post build pays.`,
      '',
      '- **ours**: `renderArticle()` from `reading-elements/build.js`: frontmatter, markdown-it, the recognisers of `enhance()` on a server DOM, the header, contents and share parts' +
        (b.shadowDom
          ? ', and every element’s declarative shadow root (the default)'
          : ' (declarative shadow DOM was not available in this run)') +
        ';',
      '- **peer**: unified with remark-parse, remark-rehype, `rehype-callouts` (GitHub and Obsidian callouts as `<details>`), a reading-time plugin over `mdast-util-to-string`, and rehype-stringify: plain HTML, no header, no credits, no chips.',
      '',
      '| pipeline | median | min–max | ÷ peer | first call | ÷ peer |',
      '| --- | --- | --- | ---: | ---: | ---: |',
      row('`renderArticle()`, declarative shadow DOM on (default)', b.pipelines.ours, true),
      row('`renderArticle()`, `declarativeShadowDom: false`', b.pipelines.oursNoShadowDom),
      row('`enhanceHtml()` alone on the rendered body', b.pipelines.enhanceHtml),
      row('peer: unified + rehype-callouts + reading-time', b.pipelines.peer, true),
      '',
    );
  }

  if (r.log.length) {
    p('## Messages from the pages', '');
    p('```', ...[...new Set(r.log)].slice(0, 30), '```', '');
  }
  writeFileSync(
    file,
    `${lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()}\n`,
  );
}

/** Writes the published files; a partial run (--only) writes its files to bench/.tmp/ instead. */
export function writeAll(r, { partial = false } = {}) {
  const dir = partial ? join(ROOT, 'bench', '.tmp') : join(ROOT, 'bench');
  writeResults(r, join(dir, partial ? 'RESULTS-partial.md' : 'RESULTS.md'));
  writeSvg(mainRatios(r), join(dir, partial ? 'ratios-partial.svg' : 'ratios.svg'));
  if (partial) return;
  writeReadmeSection(r, join(ROOT, 'README.md'));
}

/**
 * Rewrites the README's short benchmark section, between `<!-- bench -->` and
 * `<!-- /bench -->`, from the same figures.
 */
export function writeReadmeSection(r, file) {
  const pair = (ours, peer) => r.size.pairs.find((p) => p.ours === ours && p.peer === peer);
  const rows = [];
  const size = (ours, peer, label) => {
    const p = pair(ours, peer);
    if (p)
      rows.push([
        label,
        `${kb(r.size.ours[ours].gzip)} vs ${kb(r.size.peers[peer].gzip)}`,
        fmtRatio(p.ratio.gzip),
      ]);
  };
  size(
    'all-elements',
    'wa-stack',
    'Every element vs Web Awesome callout, tag, progress bar, format-date, copy button + tocbot, medium-zoom, reading-time (gzip)',
  );
  size(
    'md-subset',
    'md-stack',
    '`reading-progress`, `category-chips`, `table-of-contents`, `photo-credit`, `reading-time` vs Material Web linear progress + chips, tocbot, medium-zoom, reading-time (gzip)',
  );
  const s = r.scroll;
  if (s) {
    rows.push([
      'Scroll: script time over a bare page, `<reading-progress>` + `<table-of-contents>` vs scroll-listener bar + tocbot',
      `${fmt(s.extra.ours.ScriptDuration.median, 1)} vs ${fmt(s.extra.peer.ScriptDuration.median, 1)} ms`,
      fmtRatio(ratioOf(s.extra.ours.ScriptDuration.median, s.extra.peer.ScriptDuration.median)),
    ]);
    rows.push([
      'Scroll: layouts over a bare page (same pages)',
      `${fmt(s.extra.ours.LayoutCount.median, 0)} vs ${fmt(s.extra.peer.LayoutCount.median, 0)}`,
      fmtRatio(ratioOf(s.extra.ours.LayoutCount.median, s.extra.peer.LayoutCount.median)),
    ]);
    rows.push([
      'Scroll: style recalculations over a bare page (same pages)',
      `${fmt(s.extra.ours.RecalcStyleCount.median, 0)} vs ${fmt(s.extra.peer.RecalcStyleCount.median, 0)}`,
      fmtRatio(ratioOf(s.extra.ours.RecalcStyleCount.median, s.extra.peer.RecalcStyleCount.median)),
    ]);
  }
  const u = r.upgrade;
  if (u?.stats)
    rows.push([
      'Upgrade of 200 callouts, 200 chip lists, 50 figures vs Web Awesome (time to rendered)',
      `${fmt(u.stats.ours.time.median, 0)} vs ${fmt(u.stats.peer.time.median, 0)} ms`,
      fmtRatio(ratioOf(u.stats.ours.time.median, u.stats.peer.time.median)),
    ]);
  const late = r.cls?.upgrade;
  if (late?.ours?.moved && late?.peer?.moved)
    rows.push([
      `Same page with the script ${SCRIPT_DELAY} ms late: first-screen text blocks that move when the elements upgrade`,
      `${fmt(late.ours.moved.median, 0)} of ${fmt(late.ours.tracked.median, 0)} vs ${fmt(late.peer.moved.median, 0)} of ${fmt(late.peer.tracked.median, 0)} (largest move ${fmt(late.ours.largest.median, 0)} vs ${fmt(late.peer.largest.median, 0)} px)`,
      '',
    ]);
  const b = r.build?.pipelines;
  if (b)
    rows.push([
      `Build time: a ${r.build.words.toLocaleString('en')}-word markdown post to the finished article in Node (\`renderArticle()\`, declarative shadow DOM on) vs unified + rehype-callouts + reading-time`,
      `${fmt(b.ours.median, 1)} vs ${fmt(b.peer.median, 1)} ms`,
      fmtRatio(ratioOf(b.ours.median, b.peer.median)),
    ]);
  const t = r.text?.text;
  if (t?.warm)
    rows.push([
      'Reading time of a 10,000-word article vs the `reading-time` package',
      `${fmt(t.warm.ours.median, 2)} vs ${fmt(t.warm.peer.median, 2)} ms`,
      fmtRatio(ratioOf(t.warm.ours.median, t.warm.peer.median)),
    ]);
  const text = [
    '## Benchmarks',
    '',
    `\`npm run bench\` measures the library against the components people assemble today, in one run of headless Chromium, and writes [bench/RESULTS.md](bench/RESULTS.md) (methods, medians with spread, every figure) and [bench/ratios.svg](bench/ratios.svg). Ratios are ours ÷ peer: below 1 we are smaller or cheaper. Figures from ${r.env.date}, ${r.env.browser}, ${r.env.cores} cores:`,
    '',
    table(['', 'Ours vs peer', 'Ratio'], rows),
    '',
    `Where we lose, and why, is listed in the results file: an element on its own carries lit and the shared base class (${kb(r.size.ours.base.gzip)} gzip), so one element alone is larger than a dependency-free script such as tocbot, medium-zoom or \`reading-time\`; with several elements on a page lit is paid once. \`<reading-progress>\` runs no script per frame (a scroll-driven animation), which costs one style recalculation per frame, the same as a bar made of CSS alone.`,
    '',
  ].join('\n');
  const readme = readFileSync(file, 'utf8');
  const start = readme.indexOf('<!-- bench -->');
  const end = readme.indexOf('<!-- /bench -->');
  if (start === -1 || end === -1)
    throw new Error('README.md has no <!-- bench --> … <!-- /bench --> markers');
  writeFileSync(file, `${readme.slice(0, start)}<!-- bench -->\n${text}\n${readme.slice(end)}`);
}
