/**
 * Work the reader does not see in the first frames (measuring headings far down the page,
 * counting an article's words) runs after the first paint, so upgrading the elements stays one
 * short task. Each function returns a cancel function, for `disconnectedCallback`.
 */

/** Runs `callback` in a task of its own right after the next frame is painted. */
export function afterPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Runs `callback` when the page is idle after the first paint, and within `timeout` ms at the
 * latest. Engines without `requestIdleCallback` run it right after the paint.
 */
export function whenIdle(callback: () => void, timeout = 500): () => void {
  if (typeof requestIdleCallback !== 'function') return afterPaint(callback);
  let idle = 0;
  const cancelPaint = afterPaint(() => {
    idle = requestIdleCallback(callback, { timeout });
  });
  return () => {
    cancelPaint();
    if (idle) cancelIdleCallback(idle);
  };
}
