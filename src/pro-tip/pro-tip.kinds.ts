/**
 * The kinds of `<pro-tip>` and the names other ecosystems use for them (GitHub alerts,
 * Docusaurus admonitions, Starlight asides, Obsidian callouts). No DOM and no lit here, so the
 * markup upgrader can import it on its own.
 */

import { strings } from './pro-tip.strings.js';

/** The canonical kinds, in the order the documentation lists them. `tip` is the default. */
export const PRO_TIP_KINDS = [
  'tip',
  'insight',
  'note',
  'important',
  'warning',
  'caution',
  'takeaways',
] as const;

/** One of the canonical kinds. */
export type ProTipKind = (typeof PRO_TIP_KINDS)[number];

/** Other names for the kinds, lower case. */
const ALIASES: Readonly<Record<string, ProTipKind>> = {
  hint: 'tip',
  info: 'note',
  danger: 'caution',
  error: 'caution',
  attention: 'warning',
  summary: 'takeaways',
  tldr: 'takeaways',
  abstract: 'takeaways',
  expert: 'insight',
};

/**
 * The canonical kind for a kind name or one of its aliases, case-insensitively, ignoring
 * surrounding white space: `'Hint'` → `'tip'`, `'DANGER'` → `'caution'`. Null for anything else.
 */
export function canonicalKind(name: string): ProTipKind | null {
  const key = String(name).trim().toLowerCase();
  if ((PRO_TIP_KINDS as readonly string[]).includes(key)) return key as ProTipKind;
  return Object.hasOwn(ALIASES, key) ? ALIASES[key]! : null;
}

/** Lower case, single spaces, no trailing colon (`Astuce :`, `注意：`). */
export function normalizeLabel(text: string): string {
  return String(text)
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/\s*[:：]\s*$/, '')
    .trim()
    .toLowerCase();
}

let vocabulary: ReadonlyMap<string, ProTipKind> | undefined;

/**
 * The words a written label (`> **Expert Insight:** …`) may be, normalized, each with the kind
 * it names: the kind names and aliases, and every shipped language's label for every kind, taken
 * from pro-tip.strings.ts. So the label a reader sees on a callout is also a label that
 * enhance() recognises: a translation changed there changes what is recognised, on purpose.
 * Where one language gives two kinds the same label (ja and zh 要点), the first kind listed wins.
 */
export function labelVocabulary(): ReadonlyMap<string, ProTipKind> {
  if (!vocabulary) {
    const words = new Map<string, ProTipKind>(PRO_TIP_KINDS.map((kind) => [kind, kind]));
    for (const [alias, kind] of Object.entries(ALIASES)) words.set(alias, kind);
    for (const table of Object.values(strings))
      for (const kind of PRO_TIP_KINDS) {
        const label = normalizeLabel(table[`pro-tip.${kind}`] ?? '');
        if (label && !words.has(label)) words.set(label, kind);
      }
    vocabulary = words;
  }
  return vocabulary;
}

/**
 * The kind a written label names, by labelVocabulary(): a kind name or alias (`Hint`, `TL;DR`),
 * or the shipped label of a kind in any shipped language (`Expert Insight:` → `insight`,
 * `Consejo` → `tip`). A trailing colon is ignored. Null when the text names no kind.
 */
export function kindNamedByLabel(text: string): ProTipKind | null {
  const label = normalizeLabel(text);
  return labelVocabulary().get(label) ?? canonicalKind(label.replace(/[^\p{L}\p{N}]+/gu, ''));
}
