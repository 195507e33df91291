// How `<reading-progress time-left>` gets the text analysis: imported the first time it counts,
// so a bar without `time-left` never loads it. (The CDN bundles hold the analysis anyway and use
// text-analysis.bundled.ts instead.)
import type { readingSecondsOf } from './reading-seconds.js';

export interface TextAnalysis {
  readingSecondsOf: typeof readingSecondsOf;
}

/** Whether the console was told that the analysis could not be loaded (once a page). */
let warned = false;

/**
 * The text analysis, imported on first need; null when it cannot be loaded (offline, with the
 * analysis in a file of its own): the label then stays empty until the next count.
 */
export function loadTextAnalysis(): Promise<TextAnalysis | null> {
  return import('./reading-seconds.js').catch((error: unknown) => {
    if (!warned)
      console.warn('<reading-progress>: the text analysis for time-left could not be loaded.', error);
    warned = true;
    return null;
  });
}
