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

/**
 * Main-thread time, in ms, that first renders may take in one task. A page of forty elements
 * upgrading at once would otherwise be one long task (hundreds of ms on a phone); in slices of
 * this size the page keeps answering input while it upgrades.
 */
const FIRST_RENDER_BUDGET = 5;

interface Waiting {
  element: Element;
  run: () => void;
  resolve: () => void;
  reject: (reason: unknown) => void;
}

const waiting: Waiting[] = [];
let sliceStart = -1;
/** True in the task where a burst of upgrades began, before anything was painted. */
let firstTask = false;
let passQueued = false;
let channel: MessageChannel | undefined;

/** Runs the next slice (or, with `turn`, the next turn) in a task of its own. */
function nextTask(turn?: boolean): void {
  // A message, not setTimeout: timers nested this deep are clamped to 4 ms.
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = (event) => (event.data ? runTurn() : runSlice());
  }
  channel.port2.postMessage(turn);
}

function settle(entry: Waiting): void {
  try {
    entry.run();
    entry.resolve();
  } catch (error) {
    entry.reject(error);
  }
}

/** Work by tag (a registration's); `''` for `enhance()`, which goes ahead of every registration. */
let turns: Map<string, () => void> | undefined;
let turnQueued = false;

/**
 * Called by the CDN bundles before anything else: each element then registers in a task of its
 * own, after the bundle has evaluated, instead of all of them in the task that runs the bundle.
 * Registering upgrades every copy on the page, and the first screen renders at once, so on a
 * phone the one task would be a long one; one element at a time, every task stays short, and at
 * every paint in between each element on screen is either fully rendered or still its
 * pre-upgrade self, never an empty shadow root.
 */
export function takeTurns(): void {
  turns ??= new Map();
}

/** Runs `work` now, or after `takeTurns()` in a task of its own (see there). */
export function inTurn(work: () => void, tag = ''): void {
  if (!turns) return work();
  // The first class given a tag wins, as `customElements.define()` would have it.
  if (!turns.has(tag)) turns.set(tag, work);
  if (!turnQueued) nextTask((turnQueued = true));
}

/**
 * The tags to run next: `''` first; then the tag of the first copy in the page (an element
 * higher up grows first and moves what is below it once, not twice), or of the first copy inside
 * it, since a host laid out around children still in their pre-upgrade form would change size
 * twice; with every tag that has no copy in the page yet. Those cost nothing to register, and
 * an element may render them in its shadow root (the meta line its reading time): registered
 * later, they would fill in after their host has rendered.
 */
function nextTags(tags: string[]): string[] {
  if (tags.includes('')) return [''];
  const selector = tags.map(CSS.escape).join();
  let first = document.querySelector(selector);
  for (let inner = first; inner; inner = inner.querySelector(selector)) first = inner;
  return tags.filter((tag) => tag === first?.localName || !document.querySelector(CSS.escape(tag)));
}

function runTurn(): void {
  turnQueued = false;
  const queue = turns!;
  const now = nextTags([...queue.keys()]).map((tag) => {
    const work = queue.get(tag)!;
    queue.delete(tag);
    return work;
  });
  // The upgrades this task makes begin a burst of their own: the first-screen pass renders
  // what the reader sees in this very task, the rest waits for its slice.
  firstTask = true;
  if (sliceStart < 0) {
    sliceStart = performance.now();
    nextTask();
  }
  if (queue.size) nextTask((turnQueued = true));
  for (const work of now) work();
}

function runSlice(): void {
  sliceStart = -1;
  firstTask = false;
  if (waiting.length === 0) return;
  sliceStart = performance.now();
  nextTask();
  do settle(waiting.shift()!);
  while (waiting.length > 0 && performance.now() - sliceStart < FIRST_RENDER_BUDGET);
}

/**
 * False for an element that takes no room (`display: none` on it or an ancestor, such as a
 * sidebar a narrow screen hides): rendered later, it moves nothing. Its box reads top 0, which
 * would otherwise count it as on the first screen. `display: contents` has no box either, but
 * its content shows.
 */
function shown(element: Element): boolean {
  return element.getClientRects().length > 0 || getComputedStyle(element).display === 'contents';
}

/**
 * Elements on the first screen (or above it) render before the first paint whatever the budget:
 * rendered later they would move what the reader already sees. One read of every waiting
 * element's position costs one layout; elements further down wait for their slice, where a
 * change of size moves nothing on screen.
 */
function firstScreenPass(): void {
  passQueued = false;
  if (!firstTask || waiting.length === 0) return;
  const fold = document.documentElement.clientHeight || innerHeight;
  const now = waiting.filter(({ element }) => element.getBoundingClientRect().top < fold && shown(element));
  // An element inside one of ours that has not rendered yet has no box until its host renders
  // a slot for it (category chips in the post's meta line): it renders with its host.
  const hosts = now.map(({ element }) => element);
  for (const entry of waiting)
    if (!now.includes(entry) && hosts.some((host) => host.contains(entry.element))) now.push(entry);
  for (const entry of now) {
    waiting.splice(waiting.indexOf(entry), 1);
    settle(entry);
  }
}

/**
 * Runs an element's first render now when the current task has time left for it, or queues it
 * for a later task. Returns the promise of a queued render (lit's `updateComplete` waits for
 * it), or nothing when it ran now.
 */
export function firstRender(element: Element, run: () => void): Promise<void> | undefined {
  const now = performance.now();
  if (sliceStart < 0) {
    sliceStart = now;
    firstTask = true;
    nextTask();
  }
  // In the task where a burst begins (the bundle evaluating and upgrading the page, for one),
  // nothing renders at once: the time is spent already, and the first-screen pass picks what
  // the reader sees; the rest waits for its slice.
  if (!firstTask && waiting.length === 0 && now - sliceStart < FIRST_RENDER_BUDGET) {
    run();
    return undefined;
  }
  const queued = new Promise<void>((resolve, reject) => waiting.push({ element, run, resolve, reject }));
  if (firstTask && !passQueued) {
    passQueued = true;
    // After the microtasks already queued: every element upgraded in this task has asked by then.
    queueMicrotask(firstScreenPass);
  }
  return queued;
}
