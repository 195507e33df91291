// The wording of `<category-chips>`'s "+N more" button, in the plural form the count needs.
import { numberFormat, pluralRules } from '../internal/intl.js';
import { fill, translate } from '../internal/locale.js';
import { strings, type CategoryChipsKey } from './category-chips.strings.js';

/**
 * "+3 more" in `lang`: the author's `own` template when given, else the element's strings
 * (`text` gives them by key), singular when the count is "one".
 */
export function moreText(
  count: number,
  lang: string,
  own: string | undefined,
  text: (key: CategoryChipsKey) => string,
): string {
  const number = numberFormat(lang).format(count);
  if (own) return fill(own, { count: number });
  const general = text('category-chips.more');
  let template = general;
  if (pluralRules(lang).select(count) === 'one') {
    const one = text('category-chips.more-one');
    // A language that words the general form but not the singular keeps its own words, not English ones.
    const borrowed =
      one === translate(strings, 'en', 'category-chips.more-one') &&
      general !== translate(strings, 'en', 'category-chips.more');
    template = borrowed ? general : one;
  }
  return fill(template, { count: number });
}
