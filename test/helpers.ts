// Shared test helpers: warnings, colour schemes, frames and scrolling.
import sinon from 'sinon';

/** Collects console warnings until `restore()`; tests assert on them instead of printing them. */
export function captureWarnings(): { messages: () => string[]; restore: () => void } {
  const stub = sinon.stub(console, 'warn');
  return {
    messages: () => stub.getCalls().map((call) => call.args.map(String).join(' ')),
    restore: () => stub.restore(),
  };
}

/**
 * Puts the page in a colour scheme the way a site does: `color-scheme` on the root, with a
 * matching page background so contrast checks see what a reader sees.
 */
export function useColorScheme(scheme: 'light' | 'dark'): void {
  const root = document.documentElement;
  root.style.colorScheme = scheme;
  root.style.background = scheme === 'dark' ? '#121212' : '#ffffff';
  root.style.color = scheme === 'dark' ? '#e6e8eb' : '#1f2328';
}

export function resetColorScheme(): void {
  const root = document.documentElement;
  root.style.removeProperty('color-scheme');
  root.style.removeProperty('background');
  root.style.removeProperty('color');
}

export const COLOR_SCHEMES = ['light', 'dark'] as const;

/** Resolves after the browser has painted the next frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Scrolls the page instantly and waits for the frame that reacts to it. */
export async function scrollToY(y: number): Promise<void> {
  window.scrollTo({ top: y, behavior: 'instant' as ScrollBehavior });
  await nextFrame();
  await nextFrame();
}

/** Waits until `condition()` is true, checking every frame, or fails after `timeout` ms. */
export async function waitFor(
  condition: () => boolean,
  message = 'condition',
  timeout = 3000,
): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${message}`);
    await nextFrame();
  }
}

type ObserverName = 'IntersectionObserver' | 'MutationObserver' | 'ResizeObserver';

/**
 * Replaces the named observer classes with ones that record whether each instance was
 * disconnected, so a test can check that an element leaves nothing observing. Undo with
 * `sinon.restore()`.
 */
export function trackObservers(names: readonly ObserverName[]): Array<{ disconnected: boolean }> {
  const created: Array<{ disconnected: boolean }> = [];
  for (const name of names) {
    const Original = window[name] as unknown as new (...args: unknown[]) => { disconnect(): void };
    const Tracked = class extends Original {
      record = { disconnected: false };
      constructor(...args: unknown[]) {
        super(...args);
        created.push(this.record);
      }
      override disconnect(): void {
        this.record.disconnected = true;
        super.disconnect();
      }
    };
    sinon.replace(window, name, Tracked as never);
  }
  return created;
}

/** Loads a built file the way a blogger does, with one `<script type="module">` tag. */
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load; run npm run build first`));
    document.head.append(script);
  });
}

/** The paths of the files under `dir` (`/dist/cdn/locales/`) that the page `win` has fetched. */
export const fetchedFrom = (dir: string, win: Window = window): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(dir));
