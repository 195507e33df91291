/**
 * The type names callouts are recognised by (`tip`, `danger`, `faq`, from a `[!bug]` marker or a
 * renderer's class such as `admonition-faq`), and the label a bare type word gives.
 */
import { PRO_TIP_KINDS, canonicalKind, type ProTipKind } from '../../pro-tip/pro-tip.kinds.js';

/**
 * Type names from Obsidian and Docusaurus that `<pro-tip>` has no alias for, with the kind whose
 * colour and icon they take. With canonicalKind()'s names and aliases, these are every type name
 * a marker (`[!bug]`) or a renderer's class (`admonition-faq`) is recognised by.
 */
const OTHER_TYPE_NAMES: Readonly<Record<string, ProTipKind>> = {
  success: 'tip',
  check: 'tip',
  done: 'tip',
  question: 'note',
  help: 'note',
  faq: 'note',
  todo: 'note',
  example: 'note',
  quote: 'note',
  cite: 'note',
  seealso: 'note',
  secondary: 'note',
  failure: 'caution',
  fail: 'caution',
  missing: 'caution',
  bug: 'caution',
};

/** The kind a type name (`tip`, `danger`, `faq`, from a marker or a renderer's class) stands for, or null. */
export function kindOfTypeName(name: string): ProTipKind | null {
  const key = name.trim().toLowerCase();
  return canonicalKind(key) ?? (Object.hasOwn(OTHER_TYPE_NAMES, key) ? OTHER_TYPE_NAMES[key]! : null);
}

/** The kind named by a class such as `markdown-alert-tip`, given the prefix `markdown-alert-`. */
export function kindInClassList(block: Element, prefix: string): ProTipKind | null {
  for (const name of block.classList) {
    if (name.startsWith(prefix)) {
      const kind = kindOfTypeName(name.slice(prefix.length));
      if (kind) return kind;
    }
  }
  return null;
}

/** The first class of `block` that is a type name (`note` in `admonition note`), or null. */
export function typeClass(block: Element): string | null {
  return [...block.classList].find((name) => kindOfTypeName(name)) ?? null;
}

/**
 * A callout the author named by a type word only (`[!bug]`, `!!! faq ""`) shows that word, as
 * Obsidian and MkDocs do: a canonical kind keeps `<pro-tip>`'s own label, in the page's language;
 * any other word (`bug` → "Bug", `seealso` → "Seealso") becomes the `label`, title-cased. The
 * kind still picks the colour and icon.
 */
export function labelTypeWord(element: Element, word: string): void {
  const key = word.trim().toLowerCase();
  if ((PRO_TIP_KINDS as readonly string[]).includes(key)) return;
  element.setAttribute(
    'label',
    key
      .replace(/[-_]+/g, ' ')
      .replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()),
  );
}
