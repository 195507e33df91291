const warned = new WeakMap<object, Set<string>>();
let issued = 0;

/** How many warnings have been printed: the server render keeps only shells that printed none. */
export const warningsIssued = (): number => issued;

/** Shortens a bad value so a warning stays one readable line. */
function shorten(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Warns once per element and attribute: `<pro-tip>: kind="xyz" is not …`.
 * Bad input never throws; the element renders what it can and says why here.
 */
export function warnOnce(element: Element, attribute: string, value: unknown, problem: string): void {
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  const key = `${attribute}\u0000${problem}`;
  if (seen.has(key)) return;
  seen.add(key);
  const tag = element.localName;
  const shown = value === undefined ? '' : `="${shorten(value)}"`;
  issued++;
  console.warn(`<${tag}>: ${attribute}${shown} ${problem}`);
}

const deprecations = new Set<string>();

/** Once per page and attribute: a per-string attribute still works, but `strings` replaces it. */
export function warnDeprecated(tag: string, attribute: string, key: string): void {
  const id = `${tag} ${attribute}`;
  if (deprecations.has(id)) return;
  deprecations.add(id);
  console.warn(
    `<${tag}>: ${attribute} is deprecated; use strings='{"${key}": "…"}' (or registerLocale() for the page).`,
  );
}
