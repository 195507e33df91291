/**
 * The link a plain click (main button, no modifier key, not handled already) landed on, or null:
 * other clicks open the link as the browser does.
 */
export function clickedLink(event: MouseEvent): HTMLAnchorElement | null {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return null;
  const link = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  return link ?? null;
}

/** Longest wait for the end of a scroll started by a click. */
const SCROLL_END_TIMEOUT = 1500;

/**
 * Keeps the entry a click made current while the page scrolls to it, so the sections the
 * scroll passes do not take over, until the scroll has ended and the reader moves on.
 */
export class ClickHold {
  /** The entry a click made current, or -1. */
  index = -1;
  /** Which heading was passed once the click's scroll ended; the hold lifts when that changes. */
  private baseline: number | undefined;
  private stopWaiting: (() => void) | undefined;

  /**
   * `lastPassed` tells which heading the observers say was passed; `onSettle` runs once the
   * scroll has ended, to work out the current section again.
   */
  constructor(
    private readonly lastPassed: () => number,
    private readonly onSettle: () => void,
  ) {}

  /** Holds entry `index` current, until the scroll that follows has ended. */
  hold(index: number): void {
    this.stopWaiting?.();
    this.index = index;
    this.baseline = undefined;
  }

  /** The current entry, given the heading last passed: the held one while the hold lasts. */
  current(passed: number): number {
    if (this.index >= 0 && this.baseline !== undefined && passed !== this.baseline) {
      this.index = -1;
      this.baseline = undefined;
    }
    return this.index >= 0 ? this.index : passed;
  }

  /** After the list was rebuilt: the held entry's new index, or -1 when its heading is gone. */
  moveTo(index: number): void {
    this.index = index;
    if (index < 0) this.baseline = undefined;
  }

  release(): void {
    this.stopWaiting?.();
    this.index = -1;
    this.baseline = undefined;
  }

  /** Lifts the click's hold on the current entry once the scroll has ended (one-shot, not per frame). */
  waitForScrollEnd(target: number, immediately: boolean): void {
    let timer = 0;
    let poll = 0;
    let frame = 0;
    const cleanup = (): void => {
      window.removeEventListener('scrollend', settle);
      clearTimeout(timer);
      clearInterval(poll);
      cancelAnimationFrame(frame);
    };
    const settle = (): void => {
      cleanup();
      // Let the observers report the final position before taking it as the baseline.
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          // The reader took the scroll elsewhere before it arrived: what they see now counts.
          if (Math.abs(window.scrollY - target) > 2) this.index = -1;
          this.baseline = this.lastPassed();
          this.onSettle();
        });
      });
    };
    this.stopWaiting = cleanup;
    if (immediately) {
      settle();
      return;
    }
    timer = window.setTimeout(settle, SCROLL_END_TIMEOUT);
    if ('onscrollend' in (window as object)) {
      window.addEventListener('scrollend', settle, { once: true });
    } else {
      // No scrollend event: check a few times a second until the page has arrived, or has
      // stopped moving (the reader took over) twice in a row.
      let last = window.scrollY;
      let still = 0;
      poll = window.setInterval(() => {
        const y = window.scrollY;
        still = Math.abs(y - last) < 0.5 ? still + 1 : 0;
        last = y;
        if (Math.abs(y - target) < 1 || still >= 2) settle();
      }, 120);
    }
  }
}
