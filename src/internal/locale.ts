/**
 * Localized strings. Each element keeps its own table (`<tag>/<tag>.strings.ts`), so importing
 * one element brings only its strings. An author changes the wording one way, with the same keys
 * at two scopes: `registerLocale()` for every element on the page (and to add a language), the
 * `strings` attribute for one element.
 *
 * Keys are namespaced by tag (`'pro-tip.tip'`). Templates use `{name}` placeholders.
 */
export type Strings = Record<string, string>;

/** An element's table: English is complete, other languages may leave keys out. */
export interface StringTable<K extends string = string> {
  en: Record<K, string>;
  [lang: string]: Partial<Record<K, string>>;
}

/** The languages every table ships; tests check each table against this list. */
export const SHIPPED_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'ja', 'zh', 'ar'] as const;

const registered = new Map<string, Strings>();
const listeners = new Set<() => void>();

/**
 * Adds or corrects strings for a language, for every element on the page. Elements already on
 * the page re-render.
 *
 * @example registerLocale('nl', { 'pro-tip.tip': 'Tip', 'reading-time.read': '{time} leestijd' })
 */
export function registerLocale(lang: string, strings: Strings): void {
  const key = lang.toLowerCase();
  registered.set(key, { ...registered.get(key), ...strings });
  for (const listener of listeners) listener();
}

/** Fetches one language's strings for every element (`es` → the CDN build's `locales/es.js`). */
export type LocaleLoader = (lang: string) => Promise<Strings> | undefined;

let loader: LocaleLoader | undefined;
/** Per base language: the fetch under way, or null once it settled (or there was nothing to fetch). */
const loading = new Map<string, Promise<void> | null>();

/**
 * Set by the CDN bundle, which carries English and fetches any other language from beside
 * itself on first need. Modules imported from npm carry every language and set no loader.
 */
export function setLocaleLoader(load: LocaleLoader): void {
  loader = load;
}

/**
 * A promise while the strings of `lang` are on their way, so an element can wait for them
 * instead of showing English first; nothing when there is nothing to wait for. A failed fetch
 * warns once and leaves English.
 */
export function localeReady(lang: string): Promise<void> | undefined {
  if (!loader) return undefined;
  const base = lang.toLowerCase().split('-')[0]!;
  if (base === 'en') return undefined;
  if (loading.has(base)) return loading.get(base) ?? undefined;
  const request = loader(base);
  if (!request) {
    loading.set(base, null);
    return undefined;
  }
  const ready = request
    .then(
      (strings) => {
        // Below anything the page registered itself: its corrections win.
        registered.set(base, { ...strings, ...registered.get(base) });
      },
      (error: unknown) => {
        console.warn(
          `reading-elements: the "${base}" strings could not be loaded (${error instanceof Error ? error.message : String(error)}); showing English.`,
        );
      },
    )
    .finally(() => loading.set(base, null));
  loading.set(base, ready);
  return ready;
}

/** Marks a `strings` attribute that is not a JSON object, so the element can say so. */
export const MALFORMED_STRINGS = Symbol('malformed-strings');

/** The `strings` attribute, a JSON object of strings by key; a malformed value is kept aside to be reported. */
export const stringsAttribute = {
  fromAttribute(value: string | null): Partial<Strings> {
    if (value === null || value.trim() === '') return {};
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Partial<Strings>;
    } catch {
      // reported by the element when it next looks a string up
    }
    return { [MALFORMED_STRINGS]: value } as Partial<Strings>;
  },
};

/** Called by the base class so connected elements re-render after `registerLocale()`. */
export function onLocaleRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `pt-BR` → `['pt-br', 'pt']`; the caller falls back to English last. */
function candidates(lang: string): string[] {
  const full = lang.toLowerCase();
  const base = full.split('-')[0]!;
  return base === full ? [full] : [full, base];
}

/** Looks `key` up for `lang`: registered strings first, then the table, then English. */
export function translate<K extends string>(table: StringTable<K>, lang: string, key: K): string {
  for (const candidate of candidates(lang)) {
    const value = registered.get(candidate)?.[key] ?? table[candidate]?.[key];
    if (value !== undefined) return value;
  }
  return registered.get('en')?.[key] ?? table.en[key];
}

/** Fills `{name}` placeholders; unknown placeholders stay as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * Splits a template around its placeholders so that an element can put markup (a link, a
 * `<time>`) in place of each value without building HTML from strings:
 * `'Photo by {author} on {source}'` → `['Photo by ', {author}, ' on ', {source}]`.
 */
export function templateParts(template: string): Array<string | { name: string }> {
  const parts: Array<string | { name: string }> = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/**
 * `lang` as a tag `Intl` accepts: `en_US` → `en-US`; English when it is not a language tag at
 * all, so a typo in a page's `lang` never makes an element throw.
 */
export function languageTag(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang.trim().replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The language of a node in the browser: the closest `lang` attribute, crossing shadow-root
 * boundaries, then the document's, then English. On the server there is no tree to walk; see
 * `ReadingElement#language`.
 */
export function languageOf(node: Node): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const lang = current.closest('[lang]:not([lang=""])')?.getAttribute('lang');
      if (lang) return languageTag(lang);
    }
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  const documentLang = (node.ownerDocument ?? (typeof document !== 'undefined' ? document : null))
    ?.documentElement?.lang;
  return documentLang ? languageTag(documentLang) : 'en';
}
