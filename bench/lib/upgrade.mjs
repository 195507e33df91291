// 3. Upgrade cost: 200 callouts, 200 chip lists and 50 figures; time from navigation start until
// every element has rendered, ours against Web Awesome, with the same page as plain HTML as baseline.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TMP, hasElement, metrics, newPage, summarize } from './util.mjs';
import { bundle } from './size.mjs';
import { random, paragraph, sentence } from './article.mjs';

const PAGES = join(TMP, 'pages');
const WA = '@awesome.me/webawesome/dist/components';
const CATEGORIES = [
  { type: 'exact', name: 'Tech' },
  { type: 'general', name: 'Innovation' },
  { type: 'medium', name: 'Software Engineering' },
  { type: 'specific', name: 'Artificial Intelligence' },
  { type: 'niche', name: 'Deep Learning' },
];
const KINDS = ['tip', 'insight', 'note', 'warning', 'takeaways'];
const WA_VARIANTS = ['brand', 'success', 'neutral', 'warning', 'brand'];
const slug = (name) => name.toLowerCase().replace(/\s+/g, '-');
const escapeAttr = (text) => text.replaceAll('&', '&amp;').replaceAll("'", '&#39;').replaceAll('"', '&quot;');

/** The three groups, each as plain HTML, as ours and as Web Awesome markup. */
const GROUPS = {
  callouts: {
    count: 200,
    tag: 'pro-tip',
    peerTags: ['wa-callout'],
    plain: (i, text) => `<blockquote><p><strong>Pro Tip:</strong> ${text}</p></blockquote>`,
    ours: (i, text) => `<pro-tip kind="${KINDS[i % KINDS.length]}"><p>${text}</p></pro-tip>`,
    peer: (i, text) =>
      `<wa-callout variant="${WA_VARIANTS[i % WA_VARIANTS.length]}"><p><strong>Pro Tip:</strong> ${text}</p></wa-callout>`,
  },
  chips: {
    count: 200,
    tag: 'category-chips',
    peerTags: ['wa-tag'],
    plain: () =>
      `<ul class="chips">${CATEGORIES.map((c) => `<li><a href="/category/${slug(c.name)}">${c.name}</a></li>`).join('')}</ul>`,
    ours: () =>
      `<category-chips href-template="/category/{slug}" categories='${escapeAttr(JSON.stringify(CATEGORIES))}'></category-chips>`,
    peer: () =>
      `<div class="chips" role="list" aria-label="Categories">${CATEGORIES.map((c) => `<wa-tag role="listitem">${c.name}</wa-tag>`).join('')}</div>`,
  },
  figures: {
    count: 50,
    tag: 'photo-credit',
    peerTags: [],
    plain: (i) =>
      `<figure><img src="/demo/images/open-book.svg" width="640" height="360" alt="An open book ${i}"><figcaption>Photo by <a href="https://unsplash.com/@someone">Ada Reader</a> on <a href="https://unsplash.com">Unsplash</a></figcaption></figure>`,
    ours: (i) =>
      `<photo-credit author="Ada Reader" author-href="https://unsplash.com/@someone" source="Unsplash"><img src="/demo/images/open-book.svg" width="640" height="360" alt="An open book ${i}"></photo-credit>`,
    peer: (i) => GROUPS.figures.plain(i),
  },
};

const page = (head, body, tags) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="data:,">
<title>Upgrade benchmark</title>
<style>body { margin: 0 auto; max-width: 760px; padding: 1rem; font: 18px/1.6 system-ui, sans-serif; } img { max-width: 100%; height: auto; } .chips { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; padding: 0; }</style>
${head}
</head><body>
${body}
<script type="module">
  const tags = ${JSON.stringify(tags)};
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const elements = tags.length ? [...document.querySelectorAll(tags.join(','))] : [];
  await Promise.all(elements.map((element) => element.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  window.__rendered = { time: performance.now(), elements: elements.length, withShadow: elements.filter((e) => e.shadowRoot?.childNodes.length).length };
</script>
</body></html>`;

export async function writeUpgradePages() {
  mkdirSync(PAGES, { recursive: true });
  const included = Object.keys(GROUPS).filter((g) => hasElement(GROUPS[g].tag));
  const skipped = Object.keys(GROUPS)
    .filter((g) => !included.includes(g))
    .map((g) => GROUPS[g].tag);
  if (included.length === 0) return { included, skipped };

  const dist = (p) => JSON.stringify(join(ROOT, 'dist', p));
  await bundle(
    'upgrade-ours',
    included.map((g) => `export * from ${dist(`${GROUPS[g].tag}.js`)};`).join('\n'),
  );
  const peerComponents = [...new Set(included.flatMap((g) => GROUPS[g].peerTags))];
  await bundle(
    'upgrade-peer',
    peerComponents
      .map(
        (t) => `export { default as ${t.replace(/-/g, '_')} } from '${WA}/${t.slice(3)}/${t.slice(3)}.js';`,
      )
      .join('\n') || 'export {};',
  );

  const ourTagsOf = (groups) => groups.map((g) => GROUPS[g].tag);
  const peerTagsOf = (groups) => [...new Set(groups.flatMap((g) => GROUPS[g].peerTags))];
  /** One page: the groups in `use` as components of `variant`, every other group as plain HTML. */
  const write = (file, variant, use) => {
    const rand = random(11);
    const body = [];
    for (const [name, group] of Object.entries(GROUPS)) {
      for (let i = 0; i < group.count; i++) {
        const text = paragraph(rand, 30);
        const heading = i % 10 === 0 ? `<h2>${sentence(rand, 4).slice(0, -1)}</h2>` : '';
        body.push(
          heading +
            (variant !== 'plain' && use.includes(name) ? group[variant](i, text) : group.plain(i, text)),
        );
      }
    }
    const head =
      variant === 'ours'
        ? '<link rel="stylesheet" href="/dist/reading-elements.css">\n<script type="module" src="/bench/.tmp/size/upgrade-ours.js"></script>'
        : variant === 'peer'
          ? '<link rel="stylesheet" href="/node_modules/@awesome.me/webawesome/dist/styles/themes/default.css">\n<script type="module" src="/bench/.tmp/size/upgrade-peer.js"></script>'
          : '';
    const tags = variant === 'ours' ? ourTagsOf(use) : variant === 'peer' ? peerTagsOf(use) : [];
    writeFileSync(join(PAGES, file), page(head, body.join('\n'), tags));
  };
  write('upgrade-plain.html', 'plain', []);
  write('upgrade-ours.html', 'ours', included);
  write('upgrade-peer.html', 'peer', included);
  // One group at a time, to see which element costs what.
  for (const group of included) {
    write(`upgrade-${group}-ours.html`, 'ours', [group]);
    if (GROUPS[group].peerTags.length) write(`upgrade-${group}-peer.html`, 'peer', [group]);
  }
  const ourTags = ourTagsOf(included);
  const peerTags = peerComponents;
  return { included, skipped, ourTags, peerTags };
}

/** Sums layout-shift entries (not after input) from the start of the document; installed before any script. */
export function layoutShiftObserver() {
  window.__cls = { total: 0, entries: 0, max: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls.total += entry.value;
      window.__cls.entries += 1;
      window.__cls.max = Math.max(window.__cls.max, entry.value);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

export async function measureUpgrade(browser, origin, { runs = 7, log }) {
  const info = await writeUpgradePages();
  if (info.included.length === 0) return info;
  const variants = ['plain', 'ours', 'peer'];
  const raw = { plain: [], ours: [], peer: [] };
  const counts = {};
  const load = async (name) => {
    const tab = await newPage(browser, log);
    await tab.evaluateOnNewDocument(layoutShiftObserver);
    const client = await tab.createCDPSession();
    await client.send('Performance.enable');
    await tab.goto(`${origin}/bench/.tmp/pages/upgrade-${name}.html`, { waitUntil: 'domcontentloaded' });
    await tab.waitForFunction(() => window.__rendered, { polling: 10, timeout: 30_000 });
    const rendered = await tab.evaluate(() => window.__rendered);
    // Let late shifts (if any) be reported before reading the layout-shift total.
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const cls = await tab.evaluate(() => window.__cls);
    const m = await metrics(client);
    await tab.close();
    return {
      time: rendered.time,
      cls: cls.total,
      script: m.ScriptDuration * 1000,
      layout: m.LayoutDuration * 1000,
      style: m.RecalcStyleDuration * 1000,
      task: m.TaskDuration * 1000,
      heap: m.JSHeapUsedSize / 1024 / 1024,
      layouts: m.LayoutCount,
      recalcs: m.RecalcStyleCount,
      elements: rendered.elements,
      withShadow: rendered.withShadow,
      nodes: m.Nodes,
    };
  };
  for (let run = 0; run < runs; run++) {
    const order = variants.slice(run % 3).concat(variants.slice(0, run % 3));
    for (const variant of order) {
      const result = await load(variant);
      raw[variant].push(result);
      counts[variant] = { elements: result.elements, withShadow: result.withShadow, nodes: result.nodes };
    }
  }
  // Per group: fewer runs, enough to tell which element carries the cost.
  const groups = {};
  const groupRuns = Math.max(2, Math.ceil(runs / 2));
  for (const group of info.included) {
    const names = GROUPS[group].peerTags.length ? ['ours', 'peer'] : ['ours'];
    const per = { ours: [], peer: [] };
    for (let run = 0; run < groupRuns; run++) for (const v of names) per[v].push(await load(`${group}-${v}`));
    const stat = (list) =>
      list.length
        ? Object.fromEntries(
            ['time', 'script', 'style', 'layout', 'nodes'].map((k) => [k, summarize(list.map((r) => r[k]))]),
          )
        : null;
    groups[group] = {
      runs: groupRuns,
      ours: stat(per.ours),
      peer: stat(per.peer),
      tag: GROUPS[group].tag,
      peerTags: GROUPS[group].peerTags,
    };
  }
  const keys = ['time', 'cls', 'script', 'layout', 'style', 'task', 'heap', 'layouts', 'recalcs', 'nodes'];
  const stats = Object.fromEntries(
    variants.map((v) => [v, Object.fromEntries(keys.map((k) => [k, summarize(raw[v].map((r) => r[k]))]))]),
  );
  const minusPlain = Object.fromEntries(
    ['ours', 'peer'].map((v) => [v, summarize(raw[v].map((r, i) => r.time - raw.plain[i].time))]),
  );
  return { ...info, runs, stats, minusPlain, counts, groups };
}
