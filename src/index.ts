/**
 * reading-elements: registers every element and exports every class, `enhance()` and
 * `registerLocale()`.
 */
export * from './elements.js';
export * from './enhance.js';
