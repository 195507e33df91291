// The text analysis behind `time-left`, which text-analysis.ts imports on first need.
import { analyzeText, readingSeconds } from '../internal/text-stats.js';

/** The reading time of `root`'s text, in seconds: the slow part, run when the page is idle. */
export function readingSecondsOf(root: Element): number {
  return readingSeconds(analyzeText(root));
}
