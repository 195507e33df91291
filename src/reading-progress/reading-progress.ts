import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { resolveArticle } from '../internal/article.js';
import { fill } from '../internal/locale.js';
import { ReadingElement } from '../internal/reading-element.js';
import { whenIdle } from '../internal/schedule.js';
import { formatMinutes } from '../internal/minutes.js';
import { styles } from './reading-progress.styles.js';
import { strings } from './reading-progress.strings.js';
import { paintOnScroll, stopPaintingOnScroll } from './scroll-listener.js';
import { animateOnScrollTimeline, supportsScrollTimelines } from './scroll-timeline.js';
import { loadTextAnalysis } from './text-analysis.js';
import { minutesLeft, observeLandmarks } from './time-left.js';

export interface ReadingProgressCompleteDetail {
  /** The element tracked, or the document element when tracking the whole page. */
  target: Element;
}

/**
 * A thin bar fixed to the top of the viewport that fills as the reader moves through the article.
 * The bar is decorative: it announces nothing to assistive technology. With `time-left`, a small
 * label at the end of the bar says how long the rest of the article takes to read ("3 min left"),
 * from the same text analysis as `<reading-time>`; it is hidden from assistive technology too.
 *
 * @tagname reading-progress
 * @summary Reading progress bar fixed to the top (or bottom) of the viewport.
 *
 * @csspart bar - The filled part of the bar.
 * @csspart time-left - The "3 min left" label shown with `time-left`.
 *
 * @cssprop [--reading-progress-color=var(--reading-accent)] - Colour of the filled bar.
 * @cssprop [--reading-progress-height=4px] - Thickness of the bar.
 * @cssprop [--reading-progress-track=transparent] - Colour behind the bar.
 * @cssprop [--reading-progress-offset=0px] - Distance from the viewport edge, e.g. below a sticky header.
 * @cssprop [--reading-progress-z-index=1000] - Stacking order of the bar.
 * @cssprop [--reading-progress-label-color=var(--reading-text)] - Text colour of the time-left label.
 * @cssprop [--reading-progress-label-background=var(--reading-surface)] - Background of the time-left label.
 *
 * @fires reading-progress-complete - Once, when the reader reaches the end of the article. `detail: { target }`.
 */
export class ReadingProgress extends ReadingElement {
  static override tag = 'reading-progress';
  static override styles = [ReadingElement.styles, styles];
  static override deprecatedStrings = { 'time-left-label': 'time-left' };

  /**
   * Whether to use scroll-driven animations where the browser has them. Set it to `false`
   * before elements connect to force the scroll-listener path (tests, debugging).
   */
  static useScrollTimeline = true;

  /** Id of the element to track; else the closest `article`, then `main`, then the whole document. */
  @property() for = '';

  /** The viewport edge the bar is pinned to: `top` or `bottom`. */
  @property({ reflect: true }) position: 'top' | 'bottom' = 'top';

  /** Shows how long the rest of the article takes to read ("3 min left") at the end of the bar. */
  @property({ type: Boolean, reflect: true, attribute: 'time-left' }) timeLeft = false;

  /** Replaces the localized time-left text; `{time}` stands for the duration ("3 min"). **Deprecated:** set `strings` with the key `reading-progress.time-left` instead. */
  @property({ attribute: 'time-left-label' }) timeLeftLabel = '';

  /** True while the tracked article fits on screen, so there is nothing to show. */
  @state() private fits = false;

  @query('.bar') private bar!: HTMLElement;
  @query('.time-left') private timeLeftElement!: HTMLElement | null;

  private target: Element | null = null;
  private animation: Animation | undefined;
  /** The element the scroll-driven animation will follow (null: the page) until it is made. */
  private pendingTimeline: Element | null | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private geometry = { top: 0, height: 0, viewport: 0 };
  private scrollValue = 0;
  private completed = false;
  /** Reading time of the whole tracked text, in seconds (only with `time-left`); -1 until counted. */
  private totalSeconds = -1;
  private cancelCount: (() => void) | undefined;
  /** The minutes the label shows now; -1 when nothing is written yet. */
  private minutesLeft = -1;
  private landmarks: IntersectionObserver | undefined;
  private recountTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTracking();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('position') && this.position !== 'top' && this.position !== 'bottom') {
      this.warn('position', this.position, 'is not "top" or "bottom"; pinning the bar to the top.');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('for') || changed.has('timeLeft') || !this.target) {
      this.startTracking();
    } else if (this.timeLeft) {
      // A new language or label: write the label again.
      this.minutesLeft = -1;
      this.showTimeLeft(this.progressFromScroll());
    }
  }

  private readonly onResize = (): void => {
    if (this.pendingTimeline !== undefined) {
      this.animation = animateOnScrollTimeline(this.bar, this.pendingTimeline);
      this.animation.addEventListener('finish', this.onFinish);
      this.pendingTimeline = undefined;
    }
    this.measure();
    if (!this.timeLeft) return;
    if (this.animation) this.showTimeLeft(this.progressFromScroll());
    // A resize of the tracked element is also how added or removed content shows up: count the
    // text again once the resizing stops, not on every resize frame.
    clearTimeout(this.recountTimer);
    this.recountTimer = setTimeout(this.onRecount, 250);
  };

  private readonly onRecount = async (): Promise<void> => {
    const target = this.target;
    if (!target) return;
    const analysis = await loadTextAnalysis();
    // Stopped, or following another article, while the analysis was loading.
    if (!analysis || this.target !== target || !this.timeLeft) return;
    // The text whose reading time the label counts down: the tracked element, or the body.
    this.totalSeconds = analysis.readingSecondsOf(
      target === document.documentElement ? (document.body ?? target) : target,
    );
    // Added blocks become landmarks too, or the label would stall in the added text.
    if (this.animation) this.watchLandmarks();
    // On the scroll-listener path the last frame's value is current: no extra read of scrollY.
    this.showTimeLeft(this.animation ? this.progressFromScroll() : this.scrollValue);
  };

  private readonly onFinish = (): void => {
    this.complete();
    if (this.timeLeft) this.showTimeLeft(1);
  };

  private readonly onLandmarks = (): void => {
    // From the cached geometry rather than the animation, whose time some engines update only
    // in the next frame.
    this.showTimeLeft(this.progressFromScroll());
  };

  /** How far the reader is through the article, from 0 to 1 (read-only). */
  get value(): number {
    if (this.animation) {
      const progress = this.animation.effect?.getComputedTiming().progress;
      return typeof progress === 'number' ? progress : 0;
    }
    return this.scrollValue;
  }

  /**
   * Paints the bar from the cached geometry and the scroll position. Called once per frame at most.
   * @internal
   */
  paintFromScroll(scrollY = window.scrollY): void {
    const value = this.progressFromScroll(scrollY);
    this.scrollValue = value;
    this.bar.style.transform = `scaleX(${value})`;
    if (this.timeLeft) this.showTimeLeft(value);
    if (value >= 1) this.complete();
  }

  /** Progress from the cached geometry and the scroll position: no layout read. */
  private progressFromScroll(scrollY = window.scrollY): number {
    const { top, height, viewport } = this.geometry;
    const range = height - viewport;
    return range > 0 ? Math.min(1, Math.max(0, (scrollY - top) / range)) : 0;
  }

  private startTracking(): void {
    this.stopTracking();
    // Removed before this update ran: start again when put back (connecting requests an update).
    if (!this.isConnected) return;
    this.target = resolveArticle(this, this.for, () => document.documentElement);
    const target = this.target === document.documentElement ? null : this.target;

    this.resizeObserver = new ResizeObserver(this.onResize);
    this.resizeObserver.observe(this.target);
    // The body grows with anything in the page, including content above the tracked article.
    if (document.body) this.resizeObserver.observe(document.body);
    window.addEventListener('resize', this.onResize, { passive: true });

    // Where scroll-driven animations exist the bar runs without any script on scroll (the
    // time-left label then follows landmarks, see watchLandmarks()); elsewhere one passive scroll
    // listener and one animation frame per frame serve every bar on the page, and the label is
    // written in the same frame as the bar. Both start from the resize observer's first report,
    // which comes after the frame's layout and before its paint: a timeline made (or geometry
    // read) here would lay the page out once more inside the task that upgrades it.
    this.pendingTimeline =
      ReadingProgress.useScrollTimeline && supportsScrollTimelines() ? target : undefined;
    if (this.pendingTimeline === undefined) paintOnScroll(this);
    // Counting the article's words is the slow part, and the label is a hint, not the bar: it
    // waits until the page is idle after the first paint.
    if (this.timeLeft) this.cancelCount = whenIdle(this.onRecount, 1000);
  }

  private stopTracking(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    window.removeEventListener('resize', this.onResize);
    stopPaintingOnScroll(this);
    this.animation?.removeEventListener('finish', this.onFinish);
    this.animation?.cancel();
    this.animation = undefined;
    this.pendingTimeline = undefined;
    this.landmarks?.disconnect();
    this.landmarks = undefined;
    clearTimeout(this.recountTimer);
    this.cancelCount?.();
    this.cancelCount = undefined;
    this.totalSeconds = -1;
    this.minutesLeft = -1;
    this.target = null;
  }

  private watchLandmarks(): void {
    const target = this.target;
    if (!target) return;
    const root = target === document.documentElement ? (document.body ?? target) : target;
    this.landmarks?.disconnect();
    this.landmarks = observeLandmarks(root, this.onLandmarks);
  }

  /** Writes "3 min left" for progress `value`, only when the minute changes; nothing at the end. */
  private showTimeLeft(value: number): void {
    const label = this.timeLeftElement;
    if (!label || this.totalSeconds < 0) return;
    const minutes = minutesLeft(this.totalSeconds, value);
    if (minutes === this.minutesLeft) return;
    this.minutesLeft = minutes;
    const template = this.timeLeftLabel || this.localize(strings, 'reading-progress.time-left');
    label.textContent = minutes ? fill(template, { time: formatMinutes(minutes, this.language) }) : '';
  }

  /** Caches the article's geometry; runs on connect and on resize, never per scroll frame. */
  private measure(): void {
    const target = this.target;
    if (!target) return;
    const viewport = document.documentElement.clientHeight;
    if (target === document.documentElement) {
      this.geometry = { top: 0, height: target.scrollHeight, viewport };
    } else {
      const rect = target.getBoundingClientRect();
      this.geometry = { top: rect.top + window.scrollY, height: rect.height, viewport };
    }
    this.fits = this.geometry.height <= viewport + 1;
    if (!this.animation) this.paintFromScroll();
  }

  private complete(): void {
    if (this.completed || this.fits) return;
    this.completed = true;
    this.emit<ReadingProgressCompleteDetail>('reading-progress-complete', {
      target: this.target ?? document.documentElement,
    });
  }

  protected override render() {
    return html`<div class="track ${this.fits ? 'fits' : ''}" aria-hidden="true"
      ><div class="bar" part="bar"></div
      >${this.timeLeft ? html`<span class="time-left" part="time-left"></span>` : nothing}</div
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reading-progress': ReadingProgress;
  }
  interface GlobalEventHandlersEventMap {
    'reading-progress-complete': CustomEvent<ReadingProgressCompleteDetail>;
  }
}
