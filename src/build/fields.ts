/**
 * The seed's frontmatter fields, checked and normalised. Every problem becomes a warning that
 * names the field; the field is then left out (or counted instead), and the post still renders.
 */
import { CATEGORY_TIERS, type CategoryTier } from '../category-chips/tiers.js';
import { parseDate } from '../internal/iso-date.js';
import { safeUrl } from '../internal/safe-url.js';

export interface ArticleCategory {
  name: string;
  type?: CategoryTier;
  href?: string;
}

/** What the header is built from. Every field is optional; absent means "not shown". */
export interface ArticleFields {
  title?: string;
  /** ISO 8601, checked. */
  date?: string;
  updated?: string;
  author?: string;
  categories: ArticleCategory[];
  /** Whole minutes from the frontmatter; absent means "count the body". */
  readingTime?: number;
  trending: boolean;
  featured: boolean;
  generatedBy?: string;
  image?: string;
  imageAlt?: string;
  imageCredit?: string;
  socialShare?: string;
  /** The excerpt without the generator's "Social Snippet:" label and quotes. */
  excerpt?: string;
  /** For `<meta name="description">`: `metaDescription`, else the excerpt. */
  description?: string;
  slug?: string;
  lang?: string;
  keywords: string[];
}

/** A warning about one field: `field` is the frontmatter name, `message` a sentence about its value. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Shortens a bad value so a warning stays one readable line. */
function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The generator's label in front of excerpts: `Social Snippet:  "…"`. */
const SNIPPET_LABEL = /^\s*(?:\*\*)?social\s+snippet\s*:?(?:\*\*)?\s*:?\s*/i;

/** Text without the "Social Snippet:" label and the quotes around what follows it. */
export function withoutSnippetLabel(text: string): string {
  const rest = text.replace(SNIPPET_LABEL, '');
  if (rest === text) return text.trim();
  const quoted = /^["“](.*?)["”]?$/su.exec(rest.trim());
  return (quoted ? quoted[1]! : rest).trim();
}

/** Reads the seed's fields from parsed frontmatter; `problems` receives one entry per bad field. */
export function readFields(data: Record<string, unknown>, problems: FieldProblem[]): ArticleFields {
  const warn = (field: string, message: string) => problems.push({ field, message });

  const text = (field: string): string | undefined => {
    const value = data[field];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string') return value.trim() || undefined;
    if (typeof value === 'number') return String(value);
    warn(field, `is ${shown(value)}, not text; it is left out.`);
    return undefined;
  };

  const flag = (field: string): boolean => {
    const value = data[field];
    if (value === undefined || value === null || value === false) return false;
    if (value === true) return true;
    if (typeof value === 'string' && /^(?:true|yes|on)$/i.test(value.trim())) return true;
    if (typeof value === 'string' && /^(?:false|no|off|)$/i.test(value.trim())) return false;
    warn(field, `is ${shown(value)}; use true or false. It is read as false.`);
    return false;
  };

  const date = (field: string): string | undefined => {
    const value = data[field];
    if (value === undefined || value === null || value === '') return undefined;
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (typeof value === 'string' && parseDate(value.trim())) return value.trim();
    warn(
      field,
      `is ${shown(value)}, not an ISO 8601 date (2025-03-18 or 2025-03-18T18:44:12Z); no date is shown.`,
    );
    return undefined;
  };

  const url = (field: string): string | undefined => {
    const value = text(field);
    if (value === undefined) return undefined;
    const safe = safeUrl(value);
    if (safe === null) warn(field, `is ${shown(value)}, not an http(s) or relative URL; it is left out.`);
    return safe ?? undefined;
  };

  const fields: ArticleFields = {
    title: text('title'),
    date: date('date'),
    updated: date('updated'),
    author: text('author'),
    categories: categories(data['categories'], warn),
    readingTime: minutes(data['readingTime'], warn),
    trending: flag('trending'),
    featured: flag('featured'),
    generatedBy: text('generatedBy'),
    image: url('image'),
    imageAlt: text('imageAlt'),
    imageCredit: text('imageCredit'),
    socialShare: text('socialShare'),
    slug: text('slug'),
    lang: text('lang'),
    keywords: keywords(data['keywords'], warn),
  };
  const excerpt = text('excerpt');
  const description = text('metaDescription');
  if (excerpt) fields.excerpt = withoutSnippetLabel(excerpt);
  if (description ?? excerpt) fields.description = withoutSnippetLabel((description ?? excerpt)!);
  if (fields.lang && !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(fields.lang)) {
    warn('lang', `is ${shown(fields.lang)}, not a language tag such as en or pt-BR; it is left out.`);
    delete fields.lang;
  }
  if (fields.image && fields.imageAlt === undefined)
    warn('imageAlt', 'is missing: the hero image needs a description for readers who cannot see it.');
  if (!fields.title) warn('title', 'is missing; the page has no heading.');
  return fields;
}

function minutes(value: unknown, warn: (field: string, message: string) => void): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof number === 'number' && Number.isFinite(number) && number > 0 && number < 10_000)
    return Math.max(1, Math.round(number));
  warn('readingTime', `is ${shown(value)}, not a number of minutes; the body is counted instead.`);
  return undefined;
}

function keywords(value: unknown, warn: (field: string, message: string) => void): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string')
    return value
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean);
  if (Array.isArray(value) && value.every((word) => typeof word === 'string'))
    return value.map((word) => word.trim()).filter(Boolean);
  warn('keywords', `is ${shown(value)}, not a list of words; it is left out.`);
  return [];
}

function categories(value: unknown, warn: (field: string, message: string) => void): ArticleCategory[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warn('categories', `is ${shown(value)}, not a list; no categories are shown.`);
    return [];
  }
  const list: ArticleCategory[] = [];
  const seen = new Set<string>();
  value.forEach((item: unknown, index) => {
    const where = `categories[${index}]`;
    const record = typeof item === 'string' ? { name: item } : item;
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      warn(where, `is ${shown(item)}, not a name or { name, type }; it is left out.`);
      return;
    }
    const { name, type, href } = record as Record<string, unknown>;
    const clean =
      typeof name === 'string' || typeof name === 'number' ? String(name).replace(/\s+/g, ' ').trim() : '';
    if (clean === '') {
      warn(where, `has no name (${shown(item)}); it is left out.`);
      return;
    }
    if (seen.has(clean.toLowerCase())) return;
    seen.add(clean.toLowerCase());
    const category: ArticleCategory = { name: clean };
    if (type !== undefined && type !== null && type !== '') {
      const tier = String(type).trim().toLowerCase();
      if ((CATEGORY_TIERS as readonly string[]).includes(tier))
        category.type = tier as ArticleCategory['type'];
      else
        warn(
          `${where}.type`,
          `is ${shown(type)}, not one of ${CATEGORY_TIERS.join(', ')}; "${clean}" is shown as a plain chip.`,
        );
    }
    if (href !== undefined) {
      const safe = safeUrl(href);
      if (safe) category.href = safe;
      else warn(`${where}.href`, `is ${shown(href)}, not an http(s) or relative URL; the template is used.`);
    }
    list.push(category);
  });
  return list;
}
