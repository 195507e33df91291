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
          return el ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList?.length ? `.${[...el.classList].join('.')}` : ''}` : '#text';
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

export const DEMO_PAGES = ['demo/index.html', 'demo/enhance.html'];

export async function measureCls(browser, origin, { runs = 3, log }) {
  const results = {};
  for (const path of DEMO_PAGES) {
    if (!existsSync(join(ROOT, path))) {
      results[path] = { skipped: 'does not exist yet' };
      continue;
    }
    const raw = [];
    let sources = [];
    for (let run = 0; run < runs; run++) {
      const page = await newPage(browser, log);
      await page.evaluateOnNewDocument(observeShifts);
      await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle0', timeout: 30_000 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await sleep(500);
      const shifts = await page.evaluate(() => window.__shifts);
      raw.push(shifts);
      if (shifts.entries.length > sources.length) sources = shifts.entries;
      await page.close();
    }
    results[path] = {
      runs,
      cls: summarize(raw.map((r) => r.cls)),
      total: summarize(raw.map((r) => r.total)),
      count: summarize(raw.map((r) => r.entries.length)),
      worst: sources.slice().sort((a, b) => b.value - a.value).slice(0, 5),
    };
  }
  return results;
}
