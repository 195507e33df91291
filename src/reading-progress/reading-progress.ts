import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { elementById } from '../internal/article.js';
import { ReadingElement } from '../internal/reading-element.js';
import { styles } from './reading-progress.styles.js';

export interface ReadingProgressCompleteDetail {
  /** The element tracked, or the document element when tracking the whole page. */
  target: Element;
}

/** Instances on the scroll-listener path share one passive listener and one frame callback. */
const listening = new Set<ReadingProgress>();
let pendingFrame = 0;

function paintAll(): void {
  pendingFrame = 0;
  for (const element of listening) element.paintFromScroll();
}

function onScroll(): void {
  pendingFrame ||= requestAnimationFrame(paintAll);
}

function supportsScrollTimelines(): boolean {
  return typeof ScrollTimeline === 'function' && typeof ViewTimeline === 'function';
}

/**
 * A thin bar fixed to the top of the viewport that fills as the reader moves through the article.
 *
 * Where scroll-driven animations exist the bar runs without any script on scroll; elsewhere one
 * passive scroll listener and one animation frame per frame serve every bar on the page.
 * The bar is decorative: it announces nothing to assistive technology.
 *
 * @tagname reading-progress
 * @summary Reading progress bar fixed to the top (or bottom) of the viewport.
 *
 * @csspart bar - The filled part of the bar.
 *
 * @cssprop [--reading-progress-color=var(--reading-accent)] - Colour of the filled bar.
 * @cssprop [--reading-progress-height=4px] - Thickness of the bar.
 * @cssprop [--reading-progress-track=transparent] - Colour behind the bar.
 * @cssprop [--reading-progress-offset=0px] - Distance from the viewport edge, e.g. below a sticky header.
 * @cssprop [--reading-progress-z-index=1000] - Stacking order of the bar.
 *
 * @fires reading-progress-complete - Once, when the reader reaches the end of the article. `detail: { target }`.
 */
export class ReadingProgress extends ReadingElement {
  static override tag = 'reading-progress';
  static override styles = [ReadingElement.styles, styles];

  /**
   * Whether to use scroll-driven animations where the browser has them. Set it to `false`
   * before elements connect to force the scroll-listener path (tests, debugging).
   */
  static useScrollTimeline = true;

  /** Id of the element to track; the whole document when empty or when no element has that id. */
  @property() for = '';

  /** The viewport edge the bar is pinned to: `top` or `bottom`. */
  @property({ reflect: true }) position: 'top' | 'bottom' = 'top';

  /** True while the tracked article fits on screen, so there is nothing to show. */
  @state() private fits = false;

  @query('.bar') private bar!: HTMLElement;

  private target: Element | null = null;
  private animation: Animation | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private geometry = { top: 0, height: 0, viewport: 0 };
  private scrollValue = 0;
  private completed = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTracking();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('for') || !this.target) this.startTracking();
  }

  private readonly onResize = (): void => {
    this.measure();
  };

  private readonly onFinish = (): void => {
    this.complete();
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
  paintFromScroll(): void {
    const { top, height, viewport } = this.geometry;
    const range = height - viewport;
    const value = range > 0 ? Math.min(1, Math.max(0, (window.scrollY - top) / range)) : 0;
    this.scrollValue = value;
    this.bar.style.transform = `scaleX(${value})`;
    if (value >= 1) this.complete();
  }

  private startTracking(): void {
    this.stopTracking();
    const target = this.for ? elementById(this, this.for) : null;
    if (this.for && !target) this.warn('for', this.for, 'names no element on the page; tracking the whole document instead.');
    this.target = target ?? document.documentElement;

    this.resizeObserver = new ResizeObserver(this.onResize);
    this.resizeObserver.observe(this.target);
    if (!target && document.body) this.resizeObserver.observe(document.body);
    window.addEventListener('resize', this.onResize, { passive: true });

    if (ReadingProgress.useScrollTimeline && supportsScrollTimelines()) {
      this.animateOnScrollTimeline(target);
    } else {
      if (listening.size === 0) window.addEventListener('scroll', onScroll, { passive: true });
      listening.add(this);
    }
    this.measure();
  }

  private animateOnScrollTimeline(target: Element | null): void {
    // 0 when the article's top reaches the top of the viewport, 1 when its bottom reaches the
    // bottom: the whole scroll range for the document, the `contain` range for an element.
    const timeline = target
      ? new ViewTimeline({ subject: target, axis: 'block' })
      : new ScrollTimeline({ source: document.documentElement, axis: 'block' });
    const options: KeyframeAnimationOptions & { rangeStart?: string; rangeEnd?: string } = {
      timeline,
      fill: 'both',
      easing: 'linear',
    };
    if (target) {
      options.rangeStart = 'contain 0%';
      options.rangeEnd = 'contain 100%';
    }
    this.bar.style.transform = '';
    this.animation = this.bar.animate([{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }], options);
    this.animation.addEventListener('finish', this.onFinish);
  }

  private stopTracking(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    window.removeEventListener('resize', this.onResize);
    if (listening.delete(this) && listening.size === 0) {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(pendingFrame);
      pendingFrame = 0;
    }
    this.animation?.removeEventListener('finish', this.onFinish);
    this.animation?.cancel();
    this.animation = undefined;
    this.target = null;
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
    this.emit<ReadingProgressCompleteDetail>('reading-progress-complete', { target: this.target ?? document.documentElement });
  }

  protected override render() {
    return html`<div class="track ${this.fits ? 'fits' : ''}" aria-hidden="true"><div class="bar" part="bar"></div></div>`;
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
