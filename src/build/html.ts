/** Writing HTML from author data: every value is escaped text, every tag and attribute name is ours. */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for an element's content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => TEXT_ESCAPES[character]!);
}

/** Attribute values: a string is written as is (escaped), `true` as a bare boolean attribute; `false`, null and undefined are left out. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** ` name="value"` for every attribute that has a value. */
export function attributes(values: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === false || value === null || value === undefined) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

/** `<tag attributes>content</tag>`; `content` must already be HTML (escape text first). */
export function element(tag: string, values: Attributes, content = ''): string {
  return `<${tag}${attributes(values)}>${content}</${tag}>`;
}
