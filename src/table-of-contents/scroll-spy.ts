import { afterPaint } from '../internal/schedule.js';

/** A heading whose top is this close below the offset line counts as passed (sub-pixel scrolling). */
const TOLERANCE = 2;

/** How far the page can scroll, in pixels. */
export function maxScroll(): number {
  const scroller = document.scrollingElement ?? document.documentElement;
  return Math.max(0, scroller.scrollHeight - document.documentElement.clientHeight);
}

/**
 * Tells which headings the reader has scrolled past, with `IntersectionObserver` only, never a
 * scroll listener: a heading counts as passed once its top is above the offset line.
 */
export class ScrollSpy {
  private headings: readonly Element[] = [];
  private offset = 0;
  private observers: IntersectionObserver[] = [];
  private key = '';
  /** Whether each heading's top is above its line, as the observers last said. */
  private passed = new WeakMap<Element, boolean>();
  private resizeObserver: ResizeObserver | undefined;
  private frame = 0;
  private cancelMeasure: (() => void) | undefined;

  /** `onChange` runs whenever an observer reports, to work out the current section again. */
  constructor(private readonly onChange: () => void) {}

  /** Starts following the page's size, which decides where the last headings count as passed. */
  watch(article: Element): void {
    this.stop();
    this.resizeObserver = new ResizeObserver(this.onResize);
    // The root and the body: one of them keeps the viewport's height on pages styled `height: 100%`.
    this.resizeObserver.observe(article);
    this.resizeObserver.observe(document.documentElement);
    this.resizeObserver.observe(document.body);
    window.addEventListener('resize', this.onResize);
  }

  /** Spies on `headings` (in document order) from now on, with fresh observers. */
  track(headings: readonly Element[], offset: number): void {
    this.headings = headings;
    this.offset = offset;
    this.disconnectObservers();
    // Reading every heading's position forces a layout of the whole article; after the first
    // paint that layout is done already, and nothing is current before the reader scrolls.
    this.cancelMeasure?.();
    this.cancelMeasure = afterPaint(() => {
      this.cancelMeasure = undefined;
      this.measure();
    });
  }

  /** Moves the line headings must pass (the height of a sticky header). */
  setOffset(offset: number): void {
    this.offset = offset;
    this.measure();
  }

  /** Index of the last heading passed, or -1 before the first. */
  lastPassed(): number {
    let last = -1;
    this.headings.forEach((heading, index) => {
      if (this.passed.get(heading)) last = index;
    });
    return last;
  }

  stop(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    window.removeEventListener('resize', this.onResize);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.cancelMeasure?.();
    this.cancelMeasure = undefined;
    this.disconnectObservers();
    this.headings = [];
  }

  private readonly onResize = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.measure();
    });
  };

  private readonly onIntersect = (records: IntersectionObserverEntry[]): void => {
    for (const record of records) this.passed.set(record.target, record.isIntersecting);
    this.onChange();
  };

  private disconnectObservers(): void {
    for (const observer of this.observers) observer.disconnect();
    this.observers = [];
    this.key = '';
  }

  /**
   * Works out where each heading counts as passed and (re)creates the observers when that
   * changed. Runs on start, on resize and when headings change, never per scroll frame.
   */
  private measure(): void {
    if (!this.resizeObserver) return;
    const headings = this.headings;
    if (headings.length === 0) {
      this.disconnectObservers();
      return;
    }
    const offset = this.offset;
    const viewport = document.documentElement.clientHeight;
    const bottom = maxScroll();
    const scrollY = window.scrollY;
    // Where each heading's top is when the page is scrolled to the very bottom.
    const atBottom = headings.map((heading) => heading.getBoundingClientRect().top + scrollY - bottom);
    const line = offset + TOLERANCE;
    // Headings that cannot reach the line even at the bottom of the page (short last sections):
    // over the last stretch of scrolling — after the last heading that can reach the line has
    // become current, and at most one screen — the line slides down to the bottom of the
    // viewport, so they become current one after the other and the last one at the bottom.
    let lastReachable = -1;
    atBottom.forEach((position, index) => {
      if (position <= offset) lastReachable = index;
    });
    const slideFrom = lastReachable >= 0 ? bottom + atBottom[lastReachable]! - offset : 0;
    const stretch = Math.max(0, Math.min(viewport - offset, bottom - slideFrom));
    const speed = stretch >= 1 ? (viewport - offset) / stretch : Infinity;
    const lines = atBottom.map((position) => {
      if (position <= offset || bottom < 1) return line;
      // Solving "top ≤ sliding line" for the heading's position at that moment.
      const at = Number.isFinite(speed) ? (speed * position + viewport) / (1 + speed) : position;
      return Math.max(line, Math.round(at) + TOLERANCE);
    });
    // A region from far above the page down to each heading's line: a heading intersects it
    // exactly when its top is above the line, however far the page jumps.
    const above = Math.ceil((bottom + 2 * viewport) / 10000) * 10000;
    const key = `${viewport}|${above}|${lines.join(',')}|${headings.length}`;
    if (key === this.key) return;
    // One observer per line: the headings that reach the top share one.
    this.disconnectObservers();
    const observers = new Map<number, IntersectionObserver>();
    headings.forEach((heading, index) => {
      const position = lines[index]!;
      let observer = observers.get(position);
      if (!observer) {
        observer = new IntersectionObserver(this.onIntersect, {
          rootMargin: `${above}px 0px ${Math.round(position - viewport)}px 0px`,
        });
        observers.set(position, observer);
      }
      observer.observe(heading);
    });
    // The new observers report every heading at once; until then what the old ones said stands.
    this.observers = [...observers.values()];
    this.key = key;
  }
}
