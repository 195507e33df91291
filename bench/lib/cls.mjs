// 5. Layout shift (CLS) of the demo pages while loading.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, newPage, sleep, summarize } from './util.mjs';

/**
 * Installed before any page script: records every layout-shift entry (not after input) and the
 * largest session window (shifts less than 1 s apart, window at most 5 s), the way CLS is defined.
 */
function observeShifts() {
  const state = { total: 0, cls: 0, entries: [], window: 0, first: 0, last: 0 };
  window.__shifts = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const t = entry.startTime;
      if (state.window && t - state.last < 1000 && t - state.first < 5000) state.window += entry.value;
      else {
        state.window = entry.value;
        state.first = t;
      }
      state.last = t;
      state.total += entry.value;
      state.cls = Math.max(state.cls, state.window);
      state.entries.push({
        value: entry.value,
        time: Math.round(t),
        sources: (entry.sources ?? []).map((s) => {
          const n = s.node;
          if (!n) return '?';
          const el = n.nodeType === 1 ? n : n.parentElement;
          return el
            ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList?.length ? `.${[...el.classList].join('.')}` : ''}`
            : '#text';
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  // The Layout Instability API does not see every upgrade: when an element attaches a shadow root
  // its light-DOM children get new layout boxes, which count as new rather than moved, and a host
  // that paints nothing of its own is not tracked. So also compare geometry: the blocks of the
  // first screen as first painted (the first frame once the HTML is parsed, before deferred
  // scripts run) against where they end up.
  const SELECTOR = 'h1, h2, h3, h4, p, li, figure, img, blockquote, pre, table, hr';
  const record = () => {
    if (document.readyState === 'loading' || !document.body) {
      requestAnimationFrame(record);
      return;
    }
    const height = window.innerHeight;
    state.blocks = [...document.body.querySelectorAll(SELECTOR)]
      .map((element) => ({ element, top: element.getBoundingClientRect().top }))
      .filter(({ element, top }) => top < height && top + element.getBoundingClientRect().height > 0);
  };
  requestAnimationFrame(record);
  window.__moved = () => {
    const moves = (state.blocks ?? []).map(({ element, top }) => ({
      element,
      d: element.isConnected ? Math.abs(element.getBoundingClientRect().top - top) : 0,
    }));
    const name = (e) => {
      const text = (e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 32);
      let host = e.parentElement;
      while (host && !host.localName.includes('-')) host = host.parentElement;
      return `${e.localName}${e.id ? `#${e.id}` : ''}${text ? ` "${text}"` : ''}${host ? ` (now inside <${host.localName}>)` : ''}`;
    };
    const first = moves.find(({ d }) => d > 1);
    // What sits just above the first block that moved: usually the element that grew.
    let above = first?.element ?? null;
    while (
      above &&
      !above.previousElementSibling &&
      above.parentElement &&
      above.parentElement !== document.body
    )
      above = above.parentElement;
    above = above?.previousElementSibling ?? null;
    return {
      tracked: moves.length,
      moved: moves.filter(({ d }) => d > 1).length,
      largest: Math.max(0, ...moves.map(({ d }) => d)),
      which: moves
        .filter(({ d }) => d > 1)
        .sort((a, b) => b.d - a.d)
        .slice(0, 3)
        .map(({ element, d }) => `${name(element)} ${Math.round(d)} px`),
      above: above
        ? above.localName +
          (above.id ? `#${above.id}` : '') +
          (above.classList?.length ? `.${[...above.classList].join('.')}` : '')
        : null,
    };
  };
}

export const DEMO_PAGES = ['demo/index.html', 'demo/enhance.html'];

/** Loads a page and returns what the layout-shift observer saw; `delay` holds back every script module. */
async function loadShifts(browser, url, { delay = 0, log }) {
  const page = await newPage(browser, log);
  await page.evaluateOnNewDocument(observeShifts);
  if (delay) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const late =
        request.resourceType() === 'script' &&
        /\/(dist|bench\/\.tmp\/size)\//.test(new URL(request.url()).pathname);
      if (late) setTimeout(() => request.continue().catch(() => {}), delay);
      else request.continue().catch(() => {});
    });
  }
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 30_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await sleep(500);
  const shifts = await page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the per-block list stays in the page
    const { blocks, ...rest } = window.__shifts;
    return { ...rest, geometry: window.__moved() };
  });
  await page.close();
  return shifts;
}

const summarizeShifts = (raw) => {
  const worst = raw.reduce((a, b) => (b.entries.length > a.length ? b.entries : a), []);
  return {
    runs: raw.length,
    cls: summarize(raw.map((r) => r.cls)),
    total: summarize(raw.map((r) => r.total)),
    count: summarize(raw.map((r) => r.entries.length)),
    worst: worst
      .slice()
      .sort((a, b) => b.value - a.value)
      .slice(0, 5),
    moved: summarize(raw.map((r) => r.geometry.moved)),
    which: raw.reduce((a, r) => (r.geometry.largest > a.largest ? r.geometry : a), { largest: -1 }),
    tracked: summarize(raw.map((r) => r.geometry.tracked)),
    largest: summarize(raw.map((r) => r.geometry.largest)),
  };
};

/** How long script modules are held back in the "slow network" pass. */
export const SCRIPT_DELAY = 500;

export async function measureCls(browser, origin, { runs = 3, delayedRuns = 2, upgrade = false, log }) {
  const results = { pages: {}, delayed: {}, upgrade: {} };
  for (const path of DEMO_PAGES) {
    if (!existsSync(join(ROOT, path))) {
      results.pages[path] = { skipped: 'does not exist yet' };
      continue;
    }
    const raw = [];
    for (let run = 0; run < runs; run++) raw.push(await loadShifts(browser, `${origin}/${path}`, { log }));
    results.pages[path] = summarizeShifts(raw);
    const late = [];
    for (let run = 0; run < delayedRuns; run++)
      late.push(await loadShifts(browser, `${origin}/${path}`, { delay: SCRIPT_DELAY, log }));
    results.delayed[path] = summarizeShifts(late);
  }
  // The upgrade benchmark's pages, with the script arriving after the first paint.
  if (upgrade) {
    for (const variant of ['plain', 'ours', 'peer']) {
      const late = [];
      for (let run = 0; run < delayedRuns; run++)
        late.push(
          await loadShifts(browser, `${origin}/bench/.tmp/pages/upgrade-${variant}.html`, {
            delay: SCRIPT_DELAY,
            log,
          }),
        );
      results.upgrade[variant] = summarizeShifts(late);
    }
  }
  return results;
}
