// Locks the page's scroll while a zoom dialog is open, however many are open at once.

/** The inline styles on the root that were there before are put back exactly, whoever opened last. */
const LOCKED_PROPERTIES = ['overflow-x', 'overflow-y', 'scrollbar-gutter'] as const;
let scrollLocks = 0;
let savedRootStyles: Array<[string, string, string]> = [];

export function lockScroll(): void {
  if (scrollLocks++ > 0) return;
  const root = document.documentElement;
  // A classic scrollbar would vanish with `overflow: hidden` and the page would jump sideways.
  const hasScrollbar = window.innerWidth > root.clientWidth;
  savedRootStyles = LOCKED_PROPERTIES.map((name) => [
    name,
    root.style.getPropertyValue(name),
    root.style.getPropertyPriority(name),
  ]);
  root.style.setProperty('overflow-x', 'hidden');
  root.style.setProperty('overflow-y', 'hidden');
  if (hasScrollbar) root.style.setProperty('scrollbar-gutter', 'stable');
}

export function unlockScroll(): void {
  if (scrollLocks === 0 || --scrollLocks > 0) return;
  const root = document.documentElement;
  for (const [name, value, priority] of savedRootStyles) {
    if (value) root.style.setProperty(name, value, priority);
    else root.style.removeProperty(name);
  }
  savedRootStyles = [];
}
