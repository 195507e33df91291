// Finds the comparisons where a peer beats us and states the cause the figures point to.
import { TAGS, fmt, fmtRatio } from './util.mjs';
import { PEERS } from './size.mjs';
import { ratioOf } from './report.mjs';

const times = (n) => (n === 1 ? 'once' : `${fmt(n, 0)} times`);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const DEPENDENCY_FREE = new Set(['tocbot', 'medium-zoom', 'reading-time']);

export function findLosses(r) {
  const out = [];
  const size = r.size;
  if (r.size.cdnIcons?.nested) {
    out.push(
      "**Defect found: the CDN bundle draws only the first shape of each SVG icon.** `@lit-labs/rollup-plugin-minify-html-literals` (rollup.config.mjs) drops the closing slash of `<path …/>` in lit's `svg` templates, so the following shapes are parsed as children of the first `<path>` and not drawn (seen on every `<pro-tip>` icon). Passing `{ options: { minifyOptions: { keepClosingSlash: true } } }` to the plugin keeps them; the bundles measured here use that option.",
    );
  }

  const base = size.ours.base;
  for (const pair of size.pairs) {
    if (pair.ratio.gzip <= 1) continue;
    const us = size.ours[pair.ours];
    const them = size.peers[pair.peer];
    const name = us.short ?? `\`${pair.ours}\``;
    let cause;
    if (!TAGS.includes(pair.ours)) {
      const parts =
        pair.ours === 'md-subset'
          ? ['reading-progress', 'category-chips', 'table-of-contents', 'photo-credit', 'reading-time']
          : TAGS;
      const own = parts
        .filter((t) => size.ours[t])
        .map((t) => [t, size.ours[t].gzip - base.gzip])
        .sort((a, b) => b[1] - a[1]);
      cause =
        `lit and the base class are paid once (${kb(base.gzip)}); the rest is the elements' own code, largest first: ${own.map(([t, b]) => `\`${t}\` ≈ ${kb(b)}`).join(', ')} (each measured alone, so shared helpers are counted more than once).` +
        (pair.peer === 'md-stack'
          ? " The Material stack is small because tocbot, medium-zoom and reading-time bring no framework and Material's two components share one lit."
          : '');
    } else if (DEPENDENCY_FREE.has(pair.peer)) {
      cause =
        `${PEERS[pair.peer].short} has no dependencies, while our entry carries lit and the shared base class (${kb(base.gzip)} of its ${kb(us.gzip)} gzip). ` +
        (pair.ownGzip <= them.gzip
          ? `The element's own code (≈ ${kb(pair.ownGzip)}) is ${pair.ownGzip <= them.gzip ? 'no larger than' : 'larger than'} the peer's ${kb(them.gzip)}; on a page with two or more of our elements lit is paid once (see the CDN bundle row).`
          : `Even without lit the element's own code (≈ ${kb(pair.ownGzip)}) is larger than the peer's ${kb(them.gzip)}: it renders its own markup and styles (light, dark, forced colours, print) and carries strings in eight languages${us.modules?.length ? `; its largest modules: ${us.modules.join(', ')} of the bundle before minification` : ''}.`);
    } else {
      cause = `lit and our base class are ${kb(base.gzip)} of it (the peer has its own copy of lit too); the element's own code is ≈ ${kb(pair.ownGzip ?? us.gzip - base.gzip)}${us.modules?.length ? `, largest modules: ${us.modules.join(', ')} of the bundle before minification` : ''}.`;
    }
    if (pair.ours === 'reading-progress' && us.modules?.some((m) => m.startsWith('internal/text-stats.js'))) {
      cause +=
        ' `internal/text-stats.js` is there for the `time-left` label and is loaded even when the attribute is not used; importing it only when `time-left` is set would take it out of the default cost.';
    }
    out.push(
      `**Size, ${name} vs ${PEERS[pair.peer].short}: ${fmtRatio(pair.ratio.gzip)} gzip** (${kb(us.gzip)} vs ${kb(them.gzip)}). ${cause}`,
    );
  }

  const s = r.scroll;
  if (s) {
    const labels = {
      ScriptDuration: ['script time', 'ms'],
      TaskDuration: ['main-thread task time', 'ms'],
      LayoutCount: ['layouts', ''],
      RecalcStyleCount: ['style recalculations', ''],
      RecalcStyleDuration: ['style recalculation time', 'ms'],
      LayoutDuration: ['layout time', 'ms'],
    };
    for (const [metric, [label, unit]] of Object.entries(labels)) {
      const ours = s.extra.ours[metric].median;
      const peer = s.extra.peer[metric].median;
      const ratio = ratioOf(ours, peer);
      // Below a frame's worth of noise is not a loss: 1 ms, or 5 % of the frame count for counts.
      const noise = unit === 'ms' ? 1 : s.frames * 0.05;
      if (!(ratio > 1) || ours - peer < noise) continue;
      let cause = '';
      const css = s.extra.cssbar?.[metric]?.median;
      if (metric === 'RecalcStyleCount' && Number.isFinite(css)) {
        const changes = s.absolute.ours.currentChanges?.median;
        cause =
          `${fmt(css, 0)} of them are the platform's: a progress bar made of CSS alone (\`animation-timeline: scroll(root)\`, no script) costs exactly that many over the same frames, because Chromium restyles an element whose animation follows the scroll once per frame — and \`<reading-progress>\` is such an animation (it runs no script and forces no layout per frame). The conventional bar restyles once per scroll event as well, but pays a forced layout each time instead (see "Layouts").` +
          (s.withToc && Number.isFinite(changes)
            ? ` The other ${fmt(ours - css, 0)} come from \`<table-of-contents>\`: its current entry changed ${fmt(changes, 0)} times (one restyle each), against ${times(s.absolute.peer.currentChanges.median)} for tocbot, which debounces its scroll handler (50 ms) and so does not follow a continuous scroll until it pauses.`
            : '');
      } else if (metric.startsWith('RecalcStyle') && Number.isFinite(css)) {
        cause = `The same cause as the count: the CSS-only bar alone costs ${fmt(css, 1)} ms of it${s.withToc ? ', the rest is `<table-of-contents>` restyling its list when the current entry changes' : ''}.`;
      } else if (metric === 'TaskDuration') {
        cause =
          'Task time includes style, layout and paint work of every frame; see the rows above for where it goes.';
      } else if (metric.startsWith('Layout')) {
        cause = s.withToc
          ? 'Layouts come from `<table-of-contents>` updating its current entry (a restyle of the list that needs layout).'
          : '';
      } else if (metric === 'ScriptDuration') {
        cause = s.withToc
          ? "Script time per frame comes from `<table-of-contents>`'s IntersectionObserver callbacks."
          : '';
      }
      out.push(
        `**Scroll cost, ${label}: ${fmtRatio(ratio)}** (ours ${fmt(ours, 1)} vs peer ${fmt(peer, 1)}${unit ? ` ${unit}` : ''} over ${s.frames} frames). ${cause}`.trim(),
      );
    }
  }

  const fb = s?.extra?.fallback;
  if (fb && fb.ScriptDuration.median > s.extra.peer.ScriptDuration.median + 1) {
    out.push(
      `**Scroll cost on the fallback path (browsers without scroll-driven animations): script ${fmt(fb.ScriptDuration.median, 1)} ms against ${fmt(s.extra.peer.ScriptDuration.median, 1)} ms for the conventional bar + tocbot (${fmtRatio(ratioOf(fb.ScriptDuration.median, s.extra.peer.ScriptDuration.median))})**, but ${fmt(fb.LayoutCount.median, 0)} layouts against ${fmt(s.extra.peer.LayoutCount.median, 0)}. The bar's own share is about ${fmt(fb.ScriptDuration.median - s.extra.ours.ScriptDuration.median, 1)} ms (fallback minus the main path): one passive scroll listener and one animation-frame callback per frame that writes a transform from cached geometry (\`paintFromScroll()\`), about what the conventional listener costs in script, without its forced layout; the rest is \`<table-of-contents>\`, whose scroll-spy follows every heading while tocbot's debounced handler does nothing until the scroll pauses.`,
    );
  }
  const u = r.upgrade;
  if (u?.stats) {
    const ours = u.minusPlain.ours.median;
    const peer = u.minusPlain.peer.median;
    if (ours > peer) {
      const d = (k) => u.stats.ours[k].median - u.stats.peer[k].median;
      const more = (k) => `${fmt(Math.abs(Math.round(d(k))), 0)} ms ${d(k) >= 0 ? 'more' : 'less'}`;
      const spread = Math.max(
        u.minusPlain.ours.q3 - u.minusPlain.ours.q1,
        u.minusPlain.peer.q3 - u.minusPlain.peer.q1,
      );
      const noise =
        ours - peer < spread
          ? `, less than the run-to-run spread (interquartile range up to ${fmt(spread, 0)} ms), so within noise in this run`
          : '';
      out.push(
        `**Upgrade, time to rendered over plain HTML: ${fmtRatio(ratioOf(ours, peer))}** (${fmt(ours, 0)} vs ${fmt(peer, 0)} ms${noise}). Against Web Awesome ours spend ${more('script')} in script, ${more('style')} in style recalculation and ${more('layout')} in layout. Our elements render more than the peer markup does (an icon and a localized label in every callout, chips parsed from JSON with links and tier styling, a credit built from attributes), and every one of them resolves its language and strings on first render.`,
      );
    }
  }

  for (const [name, g] of Object.entries(u?.groups ?? {})) {
    if (!g.ours || !g.peer) continue;
    const slower = g.ours.time.median > g.peer.time.median;
    const moreLayout = g.ours.layout.median > g.peer.layout.median * 1.1;
    if (!slower && !moreLayout) continue;
    const plainNodes = u.stats.plain.nodes.median;
    const count = name === 'callouts' ? 200 : name === 'chips' ? 200 : 50;
    const per = (n) => fmt(Math.round((n - plainNodes) / count), 0);
    out.push(
      `**Upgrade, ${name} alone: ${slower ? `rendered ${fmtRatio(ratioOf(g.ours.time.median, g.peer.time.median))} later` : `layout time ${fmtRatio(ratioOf(g.ours.layout.median, g.peer.layout.median))}`}** (\`<${g.tag}>\` vs ${g.peerTags.map((t) => `\`<${t}>\``).join(', ')}: layout ${fmt(g.ours.layout.median, 0)} vs ${fmt(g.peer.layout.median, 0)} ms, script ${fmt(g.ours.script.median, 0)} vs ${fmt(g.peer.script.median, 0)} ms). Ours adds about ${per(g.ours.nodes.median)} DOM nodes per ${name === 'chips' ? 'list' : 'element'} against ${per(g.peer.nodes.median)} for Web Awesome${name === 'callouts' ? ': every `<pro-tip>` renders a header with an inline SVG icon and its localized label, which `<wa-callout>` only does when the author adds a `<wa-icon>` (left out here because it would fetch its icon)' : name === 'chips' ? ': every `<category-chips>` renders a labelled list with one item and link per chip' : ''}, and lit's comment markers come with every binding. More nodes is more to lay out.`,
    );
  }

  const t = r.text?.text;
  if (t?.warm) {
    for (const [key, label] of [
      ['warm', 'warm'],
      ['cold', 'first call'],
    ]) {
      const ratio = ratioOf(t[key].ours.median, t[key].peer.median);
      if (ratio <= 1) continue;
      const pure = ratioOf(t.pure.ours.median, t.pure.peer.median);
      const thai = t.samples?.find((sample) => sample.lang === 'Thai');
      out.push(
        `**Text analysis, ${label}: ${fmtRatio(ratio)}** (${fmt(t[key].ours.median, 2)} vs ${fmt(t[key].peer.median, 2)} ms for ${fmt(t.words)} words). On the bare string the counting alone is ${fmtRatio(pure)} of \`reading-time\`'s: ${pure > 1 ? `our Unicode word rules (a \`\\p{L}\\p{N}\\p{M}\` regular expression over the text, plus a CJK pass) cost more per character than its space-splitting loop${thai ? `, which counts ${thai.peer} word${thai.peer === 1 ? '' : 's'} in a Thai sentence where ours counts ${thai.ours.words}` : ''}` : 'the counting is not where the time goes'}; the rest is our DOM walk, which leaves out code, navigation and hidden parts and counts images, where \`reading-time\` reads \`textContent\` whole. Either way it is a few milliseconds once per article, not per frame.`,
      );
    }
  }

  const cls = r.cls ?? {};
  for (const [kind, set] of [
    ['', cls.pages],
    [' with the script 500 ms late', cls.delayed],
  ]) {
    for (const [path, c] of Object.entries(set ?? {})) {
      if (c.cls?.median > 0.1)
        out.push(
          `**Layout shift of \`${path}\`${kind}: CLS ${fmt(c.cls.median, 3)}** (over the 0.1 "good" threshold). Largest shifts: ${c.worst.map((w) => `${fmt(w.value, 3)} (${w.sources.join(', ')})`).join('; ')}.`,
        );
    }
  }
  const late = cls.upgrade ?? {};
  for (const [path, c] of Object.entries(cls.delayed ?? {})) {
    // A move of a few pixels (a rounding, a border) is not something a reader notices.
    if (c.largest?.median > 5)
      out.push(
        `**Movement while \`${path}\` upgrades (script ${500} ms late): ${fmt(c.moved.median, 0)} of the ${fmt(c.tracked.median, 0)} text blocks of the first screen move, the most by ${fmt(c.largest.median, 0)} px** (CLS reports ${fmt(c.cls.median, 3)}). In the worst run: ${c.which?.which?.join(', ') || '–'}; the nearest element before the first block that moved is \`${c.which?.above ?? '?'}\`. Something above those blocks is not the same size before and after the script runs.`,
      );
  }
  if (late.ours && late.peer && late.ours.largest?.median > 5) {
    out.push(
      `**Movement while the upgrade page upgrades (script 500 ms late): ${fmt(late.ours.moved.median, 0)} of ${fmt(late.ours.tracked.median, 0)} first-screen blocks move with ours (largest ${fmt(late.ours.largest.median, 0)} px), ${fmt(late.peer.moved.median, 0)} of ${fmt(late.peer.tracked.median, 0)} with Web Awesome (largest ${fmt(late.peer.largest.median, 0)} px).** The pre-upgrade rules in \`dist/reading-elements.css\` do not reserve every element's upgraded size: ${late.ours.which?.which?.join(', ') || '–'}.`,
    );
  }
  if (late.ours && late.peer && late.ours.total.median > late.peer.total.median + 0.01) {
    const moved = [...new Set(late.ours.worst.flatMap((w) => w.sources))].join(', ');
    out.push(
      `**Layout shift when the script arrives after the first paint, upgrade page: ${fmt(late.ours.total.median, 3)} ours vs ${fmt(late.peer.total.median, 3)} Web Awesome** (sum of shifts, plain page ${fmt(late.plain?.total.median, 3)}). The pre-upgrade rules in \`dist/reading-elements.css\` do not reserve the upgraded size of every element; the nodes that moved: ${moved || 'not reported'}.`,
    );
  }
  return out;
}
