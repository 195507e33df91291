// The credit line `<photo-credit>` builds from its attributes: author and source, or the credit string, then the license.
import { html, nothing, type TemplateResult } from 'lit';
import { templateParts } from '../internal/locale.js';
import { isExternal, safeUrl } from '../internal/safe-url.js';
import { warnOnce } from '../internal/warn.js';
import { knownSourceHref, parseCredit, withReferral, type CreditSegment } from './parse-credit.js';
import type { PhotoCreditKey } from './photo-credit.strings.js';

/** The element and the attributes its credit line is built from. */
export interface CreditFields extends Element {
  author: string;
  authorHref: string;
  source: string;
  sourceHref: string;
  license: string;
  licenseHref: string;
  credit: string;
  referral: string;
}

/** `value` through the safe-URL check; a link it refuses is dropped with a warning. */
function safeHref(element: Element, attribute: string, value: string): string | null {
  const href = safeUrl(value);
  if (href === null && value.trim())
    warnOnce(
      element,
      attribute,
      value,
      'is not an http(s) or relative link; showing the text without a link.',
    );
  return href;
}

function link(segment: CreditSegment, referral: string): TemplateResult | string {
  if (!segment.href) return segment.text;
  const href = referral.trim() ? withReferral(segment.href, referral) : segment.href;
  return html`<a href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${segment.text}</a>`;
}

function renderTemplate(
  template: string,
  values: Record<string, CreditSegment>,
  referral: string,
): Array<TemplateResult | string> {
  return templateParts(template).map((part) => {
    if (typeof part === 'string') return part;
    const value = values[part.name];
    return value ? link(value, referral) : `{${part.name}}`;
  });
}

/**
 * The credit line: from the attributes, else the credit string; then the license. `text` gives
 * the element's strings by key.
 */
export function renderCredit(
  element: CreditFields,
  text: (key: PhotoCreditKey) => string,
): TemplateResult | typeof nothing {
  const { referral } = element;
  // A source-href that is given but unsafe means no link, not the source's home page.
  let author: CreditSegment = {
    text: element.author.trim(),
    href: safeHref(element, 'author-href', element.authorHref),
  };
  let source: CreditSegment = {
    text: element.source.trim(),
    href: element.sourceHref.trim()
      ? safeHref(element, 'source-href', element.sourceHref)
      : knownSourceHref(element.source),
  };
  const licenseHref = safeHref(element, 'license-href', element.licenseHref);
  let line: unknown[] | undefined;
  if (!author.text && !source.text && element.credit.trim()) {
    const parsed = parseCredit(element.credit);
    if (parsed.malformed)
      warnOnce(
        element,
        'credit',
        element.credit,
        'has brackets that do not form a [name](url) link; showing it as plain text.',
      );
    for (const url of parsed.dropped)
      warnOnce(
        element,
        'credit',
        url,
        'contains a link that is not http(s) or relative; showing its text without the link.',
      );
    if (parsed.matched) {
      author = { text: parsed.author, href: parsed.authorHref };
      source = { text: parsed.source, href: parsed.sourceHref ?? knownSourceHref(parsed.source) };
    } else {
      line = parsed.segments.map((segment) => link(segment, referral));
    }
  }
  if (!line && (author.text || source.text)) {
    const key: PhotoCreditKey =
      author.text && source.text
        ? 'photo-credit.photo-by'
        : author.text
          ? 'photo-credit.photo-by-author'
          : 'photo-credit.photo-via';
    line = renderTemplate(text(key), { author, source }, referral);
  }
  const license = element.license.trim();
  if (!line && !license) return nothing;
  const licensed = license
    ? html`<span class="license">${renderTemplate(
        text('photo-credit.license'),
        { license: { text: license, href: licenseHref } },
        referral,
      )}</span>`
    : nothing;
  return html`<span class="line">${line}</span>${line && license ? html`<span class="separator" aria-hidden="true"> · </span>` : nothing}${licensed}`;
}
