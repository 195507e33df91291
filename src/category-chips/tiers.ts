// The specificity tiers of `<category-chips>` and the order `sort="specificity"` puts them in.

/** The specificity tiers, broad to narrow; `exact` is the post's own category. */
export const CATEGORY_TIERS = ['exact', 'general', 'medium', 'specific', 'niche'] as const;
export type CategoryTier = (typeof CATEGORY_TIERS)[number];

/** The tier a `type` names, case-insensitively; undefined for anything else. */
export function tierOf(type: unknown): CategoryTier | undefined {
  const value = typeof type === 'string' ? type.trim().toLowerCase() : '';
  return (CATEGORY_TIERS as readonly string[]).includes(value) ? (value as CategoryTier) : undefined;
}

/** Place in the specificity order: the tiers as listed, then chips without one. */
function rank(entry: { tier: CategoryTier | undefined }): number {
  return entry.tier ? CATEGORY_TIERS.indexOf(entry.tier) : CATEGORY_TIERS.length;
}

/** Sorts `entries` in place, `exact` first, then general → niche, then untyped. */
export function sortBySpecificity<T extends { tier: CategoryTier | undefined }>(entries: T[]): void {
  // Array sorting is stable: ties keep the given order.
  entries.sort((a, b) => rank(a) - rank(b));
}
