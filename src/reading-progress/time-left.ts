// What the `time-left` label says: the minutes left at a given progress, and the blocks whose
// crossing of the viewport edges refreshes it (text-analysis.ts gives the reading time).

/** Blocks whose crossing of the viewport edges refreshes the time-left label on the scroll-timeline path. */
const LANDMARKS = 'p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, figure, img, table, tr, hr, dt, dd';
/** Enough landmarks for minute-sized steps through a very long article, without observing thousands. */
const MAX_LANDMARKS = 1500;

/** The whole minutes left to read at progress `value` (at least 1), or 0 at the end. */
export function minutesLeft(totalSeconds: number, value: number): number {
  const seconds = totalSeconds * (1 - Math.min(1, Math.max(0, value)));
  return value >= 1 ? 0 : Math.max(1, Math.round(seconds / 60));
}

/**
 * On the scroll-timeline path nothing runs on scroll; blocks of the article in `root` crossing
 * the viewport edges are frequent enough for a label counted in minutes: `onCross` runs then.
 */
export function observeLandmarks(root: Element, onCross: () => void): IntersectionObserver {
  const landmarks = new IntersectionObserver(onCross, { threshold: [0, 1] });
  landmarks.observe(root);
  const blocks = root.querySelectorAll(LANDMARKS);
  // Spread the observed blocks evenly over the article when there are too many.
  const step = Math.max(1, Math.ceil(blocks.length / MAX_LANDMARKS));
  for (let index = 0; index < blocks.length; index += step) landmarks.observe(blocks[index]!);
  return landmarks;
}
