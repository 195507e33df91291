/**
 * reading-elements/enhance.js: `enhance()` upgrades the plain HTML a markdown pipeline emits
 * into reading elements. Importing this module registers nothing; `enhance()` registers the
 * elements it creates.
 */
export { enhance } from './enhance/enhance.js';
export { optionsFromMarkup } from './enhance/markup-options.js';
export type { EnhanceOptions, EnhanceReport, EnhanceRoot } from './enhance/types.js';
