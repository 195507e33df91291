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

const BOOLEAN_OPTIONS: readonly string[] = ['progress', 'callouts', 'photos', 'placeholders', 'zoomable'];
const ATTRIBUTE_PREFIX = 'data-reading-elements-';

function warn(where: string, problem: string): void {
  console.warn(`reading-elements: ${where} ${problem}`);
}

/** `true`/`on`/`yes`/`1`/empty → true, `false`/`off`/`no`/`0` → false (as text, a JSON boolean or number), else undefined. */
function booleanFrom(value: unknown): boolean | undefined {
  const word = String(value).trim().toLowerCase();
  return /^(?:|true|on|yes|1)$/.test(word) ? true : /^(?:false|off|no|0)$/.test(word) ? false : undefined;
}

/** Sets one option from a written value; warns (naming where it came from) when it makes no sense. */
function set(options: EnhanceOptions, name: string, value: unknown, where: string): void {
  const flag = booleanFrom(value);
  if (name === 'referral' && typeof value === 'string' && value.trim()) options.referral = value.trim();
  else if (BOOLEAN_OPTIONS.includes(name) && flag !== undefined)
    (options as Record<string, unknown>)[name] = flag;
  else if (name === 'referral' || BOOLEAN_OPTIONS.includes(name))
    warn(
      where,
      `gives "${name}" the value ${JSON.stringify(value)}; use ${name === 'referral' ? 'a name' : 'true or false'}.`,
    );
  else warn(where, `names an unknown option "${name}"; known: ${BOOLEAN_OPTIONS.join(', ')}, referral.`);
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
