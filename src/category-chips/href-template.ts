import { slugify } from '../internal/slug.js';

/**
 * A chip's link from `href-template`: `{slug}` is a Unicode-aware slug of the name, `{name}` the
 * URI-encoded name. Used by `<category-chips>` and by the build, which writes the same links.
 * The result still has to pass `safeUrl`.
 */
export function categoryHref(template: string, name: string): string {
  return template
    .replaceAll('{slug}', slugify(name, 'category'))
    .replaceAll('{name}', encodeURIComponent(name));
}
