// Minutes as a reader sees them, apart from the text analysis (text-stats.ts) that finds them.
import { numberFormat } from './intl.js';

/** "5 min" / "5 minutes" in `lang`, through `Intl.NumberFormat` unit formatting. */
export function formatMinutes(minutes: number, lang: string, display: 'short' | 'long' = 'short'): string {
  return numberFormat(lang, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: display,
    maximumFractionDigits: 0,
  }).format(minutes);
}
