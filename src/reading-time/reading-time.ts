import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveArticle } from '../internal/article.js';
import { fill } from '../internal/locale.js';
import { formatMinutes } from '../internal/minutes.js';
import { ReadingElement } from '../internal/reading-element.js';
import { analyzeText, isoMinutes, readingMinutes, type TextStats } from '../internal/text-stats.js';
import { styles } from './reading-time.styles.js';
import { strings } from './reading-time.strings.js';

export interface ReadingTimeChangeDetail extends TextStats {
  /** The whole minutes now shown. */
  minutes: number;
}

/** How long after the last change to the article the count runs again: a burst of edits counts once. */
const RECOUNT_DELAY = 250;

const FORMATS = ['short', 'long'];

/**
 * A number from an attribute, or from a property that may arrive as text (frameworks pass "5");
 * keeps `NaN` for text that is not a number so it can be reported. Null, undefined and "" are not given.
 */
const given = (value: unknown): number | undefined =>
  value === null || value === undefined || String(value).trim() === '' ? undefined : Number(value);
const numberConverter = { fromAttribute: given };

/**
 * How long the article takes to read, as "5 min read".
 *
 * Give `minutes` when you know it (from frontmatter); otherwise the element counts the words,
 * Chinese/Japanese/Korean characters and images of the element named in `for`, else of the
 * closest `article`, `main`, or the body, and counts again when that content changes.
 *
 * @tagname reading-time
 * @summary Reading time of an article, measured or given.
 *
 * @csspart time - The `<time datetime="PT5M">` element.
 *
 * @cssprop [--reading-time-color=inherit] - Text colour.
 *
 * @fires reading-time-change - When a recount after the article changed gives a different number of minutes. `detail: { minutes, words, characters, images }`.
 */
export class ReadingTime extends ReadingElement {
  static override tag = 'reading-time';
  static override styles = [ReadingElement.styles, styles];

  /** Reading time in minutes, e.g. from frontmatter. Wins over measuring; a bad value measures and warns. */
  @property({ converter: numberConverter }) minutes: number | undefined;

  /** Id of the element to measure; else the closest `article`, `main`, or the body. */
  @property() for = '';

  /** `short` ("5 min read") or `long` ("5 minutes to read"). */
  @property() format: 'short' | 'long' = 'short';

  /** Reading speed for words (default 230). */
  @property({ attribute: 'words-per-minute', converter: numberConverter }) wordsPerMinute: number | undefined;

  /** Reading speed for Chinese, Japanese and Korean characters (default 500). */
  @property({ attribute: 'characters-per-minute', converter: numberConverter }) charactersPerMinute:
    number | undefined;

  /** Replaces the localized text; `{time}` stands for the duration ("5 min"). */
  @property() label = '';

  /** What the last count found; undefined while `minutes` is given. */
  @state() private measured: TextStats | undefined;

  private observer: MutationObserver | undefined;
  private observed: Element | undefined;
  private recountTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObserving();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('minutes') && given(this.minutes) !== undefined && this.givenMinutes === undefined) {
      this.warn(
        'minutes',
        this.getAttribute('minutes') ?? this.minutes,
        'is not a number of minutes; measuring the article instead.',
      );
    }
    if (changed.has('format') && !FORMATS.includes(this.format)) {
      this.warn('format', this.format, 'is not "short" or "long"; using "short".');
    }
    for (const [name, attribute] of [
      ['wordsPerMinute', 'words-per-minute'],
      ['charactersPerMinute', 'characters-per-minute'],
    ] as const) {
      const value = given(this[name]);
      if (changed.has(name) && value !== undefined && !(value > 0 && Number.isFinite(value))) {
        this.warn(
          attribute,
          this.getAttribute(attribute) ?? value,
          'is not a positive number; using the default speed.',
        );
      }
    }
    if (this.givenMinutes !== undefined) {
      this.stopObserving();
      this.measured = undefined;
    } else if (this.rendersAsServer) {
      // No article to count on the server; the browser measures once it has hydrated.
    } else if (!this.observer || changed.has('for') || changed.has('minutes')) {
      this.measure(false);
    }
  }

  private readonly onMutation = (): void => {
    clearTimeout(this.recountTimer);
    this.recountTimer = setTimeout(() => this.measure(true), RECOUNT_DELAY);
  };

  /** The whole minutes shown: the given `minutes`, else the measured reading time. */
  get computedMinutes(): number {
    const minutes = this.givenMinutes;
    if (minutes !== undefined) return Math.max(1, Math.round(minutes));
    return this.measured ? readingMinutes(this.measured, this.rates) : 1;
  }

  /** What the last count found (words, characters, images); undefined while `minutes` is given. */
  get stats(): TextStats | undefined {
    return this.measured;
  }

  private get rates() {
    return {
      wordsPerMinute: given(this.wordsPerMinute),
      charactersPerMinute: given(this.charactersPerMinute),
    };
  }

  /** `minutes` when it is a usable number of minutes. */
  private get givenMinutes(): number | undefined {
    const minutes = given(this.minutes);
    return minutes !== undefined && Number.isFinite(minutes) && minutes >= 0 ? minutes : undefined;
  }

  private measure(recount: boolean): void {
    const article = resolveArticle(this, this.for, () => document.body);
    const before = this.measured ? this.computedMinutes : undefined;
    this.measured = analyzeText(article);
    if (this.observed !== article) {
      this.stopObserving();
      this.observed = article;
      this.observer = new MutationObserver(this.onMutation);
      this.observer.observe(article, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['hidden', 'aria-hidden'],
      });
    }
    const minutes = this.computedMinutes;
    if (recount && before !== minutes) {
      this.emit<ReadingTimeChangeDetail>('reading-time-change', { minutes, ...this.measured });
    }
  }

  private stopObserving(): void {
    clearTimeout(this.recountTimer);
    this.recountTimer = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  protected override render() {
    // Without `minutes`, a server render has nothing true to say yet: an empty time.
    if (this.rendersAsServer && this.givenMinutes === undefined) return html`<time part="time"></time>`;
    const minutes = this.computedMinutes;
    const long = this.format === 'long';
    const template =
      this.label || this.localize(strings, long ? 'reading-time.read-long' : 'reading-time.read');
    const time = formatMinutes(minutes, this.language, long ? 'long' : 'short');
    return html`<time part="time" datetime=${isoMinutes(minutes)}>${fill(template, { time })}</time>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reading-time': ReadingTime;
  }
  interface GlobalEventHandlersEventMap {
    'reading-time-change': CustomEvent<ReadingTimeChangeDetail>;
  }
}
