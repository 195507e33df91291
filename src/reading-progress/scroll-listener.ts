// Where scroll-driven animations are missing: one passive scroll listener and one animation
// frame per frame serve every bar on the page.

/** A bar painted from the scroll position. */
export interface ScrollPainted {
  paintFromScroll(scrollY: number): void;
}

const listening = new Set<ScrollPainted>();
let pendingFrame = 0;

function paintAll(): void {
  pendingFrame = 0;
  // One read for every bar, before any of them writes: no layout forced between the writes.
  const scrollY = window.scrollY;
  for (const bar of listening) bar.paintFromScroll(scrollY);
}

function onScroll(): void {
  pendingFrame ||= requestAnimationFrame(paintAll);
}

/** Paints `bar` on every frame in which the page scrolled. */
export function paintOnScroll(bar: ScrollPainted): void {
  if (listening.size === 0) window.addEventListener('scroll', onScroll, { passive: true });
  listening.add(bar);
}

/** Stops painting `bar`; the listener goes with the last bar. */
export function stopPaintingOnScroll(bar: ScrollPainted): void {
  if (listening.delete(bar) && listening.size === 0) {
    window.removeEventListener('scroll', onScroll);
    cancelAnimationFrame(pendingFrame);
    pendingFrame = 0;
  }
}
