/**
 * Options for the zero-markup bundle, read from the page (a module script cannot see the
 * attributes of its own `<script>` tag):
 *
 * ```html
 * <script type="application/json" id="reading-elements-options">
 *   { "referral": "my_blog", "zoomable": true, "progress": true }
 * </script>
 * ```
 *
 * or `data-reading-elements-<option>` attributes on `<html>` or `<body>`
 * (`<body data-reading-elements-referral="my_blog" data-reading-elements-callouts="off">`).
 * Attributes win over the JSON block; `<body>` wins over `<html>`.
 */
import type { EnhanceOptions } from './types.js';

const BOOLEAN_OPTIONS = ['progress', 'callouts', 'photos', 'placeholders', 'zoomable'] as const;
const STRING_OPTIONS = ['referral'] as const;
const NAMES = new Set<string>([...BOOLEAN_OPTIONS, ...STRING_OPTIONS]);
const ATTRIBUTE_PREFIX = 'data-reading-elements-';

function warn(where: string, problem: string): void {
  console.warn(`reading-elements: ${where} ${problem}`);
}

function booleanFrom(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (['', 'true', 'on', 'yes', '1'].includes(word)) return true;
  if (['false', 'off', 'no', '0'].includes(word)) return false;
  return undefined;
}

/** Sets one option from a written value; warns (naming where it came from) when it makes no sense. */
function set(options: EnhanceOptions, name: string, value: unknown, where: string): void {
  if (!NAMES.has(name)) {
    warn(where, `names an unknown option "${name}"; known: ${[...NAMES].join(', ')}.`);
    return;
  }
  if ((STRING_OPTIONS as readonly string[]).includes(name)) {
    if (typeof value === 'string' && value.trim() !== '') options.referral = value.trim();
    else warn(where, `gives "${name}" a value that is not a non-empty string.`);
    return;
  }
  const flag = booleanFrom(value);
  if (flag === undefined) warn(where, `gives "${name}" the value ${JSON.stringify(value)}; use true or false.`);
  else options[name as (typeof BOOLEAN_OPTIONS)[number]] = flag;
}

/** The options written in the page: the JSON block, then `data-reading-elements-*` on `<html>` and `<body>`. */
export function optionsFromMarkup(doc: Document = document): EnhanceOptions {
  const options: EnhanceOptions = {};
  const block = doc.getElementById('reading-elements-options');
  if (block) {
    const where = '<script id="reading-elements-options">';
    try {
      const parsed: unknown = JSON.parse(block.textContent ?? '');
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        for (const [name, value] of Object.entries(parsed)) set(options, name, value, where);
      } else {
        warn(where, 'must hold a JSON object; its content is ignored.');
      }
    } catch {
      warn(where, 'holds invalid JSON; its content is ignored.');
    }
  }
  for (const element of [doc.documentElement, doc.body]) {
    if (!element) continue;
    for (const { name, value } of element.attributes) {
      if (!name.startsWith(ATTRIBUTE_PREFIX)) continue;
      const option = name.slice(ATTRIBUTE_PREFIX.length);
      set(options, option, value, `<${element.localName} ${name}="${value.slice(0, 40)}">`);
    }
  }
  return options;
}
