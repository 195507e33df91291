import { readingSecondsOf } from './reading-seconds.js';
import type { TextAnalysis } from './text-analysis.js';

/**
 * The CDN bundles' twin of `loadTextAnalysis` (rollup.config.mjs swaps it in): they hold the
 * text analysis anyway (`<reading-time>` uses it), so it is handed over at once, with no file of
 * its own.
 */
export function loadTextAnalysis(): Promise<TextAnalysis | null> {
  return Promise.resolve({ readingSecondsOf });
}
