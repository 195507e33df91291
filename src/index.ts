/**
 * reading-elements: registers every element and exports every class, `enhance()` and
 * `registerLocale()`.
 */
export { ReadingProgress } from './reading-progress.js';
export { registerLocale } from './internal/locale.js';
