/**
 * Callouts written as a bold label naming a kind in any shipped language ("Pro Tip:",
 * "Expert Insight:", "Consejo:", "Hinweis:"): opening a blockquote (`> **Pro Tip:** …`), or
 * alone in a paragraph followed by a list (`**Key Takeaways:**`).
 */
import { kindNamedByLabel, type ProTipKind } from '../../pro-tip/pro-tip.kinds.js';
import {
  AUTHOR_ATTRIBUTES,
  collapsedText,
  isElement,
  isText,
  meaningfulChildren,
  nextBlock,
  textNodes,
} from '../dom.js';
import { callout, openingParagraph, tidyOpening } from './callout.js';

const COLON_AT_END = /\s*[:：]\s*$/;
const COLON_AT_START = /^\s*[:：]/;
/** Longer than this, bold text opening a paragraph is a sentence, not a label. */
const MAX_LABEL = 60;

/**
 * The kind a written label names: the whole label ("Expert Insight", "Profi-Tipp"), else its
 * last or first word ("Quick Tip", "Security Warning") for labels of a few words.
 */
function kindOfBoldLabel(label: string): ProTipKind | null {
  const whole = kindNamedByLabel(label);
  if (whole) return whole;
  const words = label.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 4) return null;
  return kindNamedByLabel(words[words.length - 1]!) ?? kindNamedByLabel(words[0]!);
}

interface BoldLabel {
  bold: Element;
  kind: ProTipKind;
  /** Takes the colon off: inside the bold text, or at the start of the text after it. */
  dropColon: () => void;
}

const isBold = (node: Node | undefined): node is Element =>
  isElement(node) && /^(?:strong|b)$/.test(node.localName);

/** A `<strong>`/`<b>` (or `<em><strong>`, from `***Tip:***`) that opens `paragraph` and names a kind, followed by a colon. */
function boldLabel(paragraph: Element): BoldLabel | null {
  const first = meaningfulChildren(paragraph)[0];
  const inner = isElement(first) && /^(?:em|i)$/.test(first.localName) ? meaningfulChildren(first) : [];
  if (!isBold(first) && !(inner.length === 1 && isBold(inner[0]))) return null;
  const bold = first as Element;
  const text = collapsedText([bold]);
  const after = bold.nextSibling;
  let dropColon: () => void;
  if (COLON_AT_END.test(text)) {
    dropColon = () => {
      const last = textNodes(bold).findLast((node) => node.data.trim() !== '');
      if (last) last.data = last.data.replace(COLON_AT_END, '');
    };
  } else if (isText(after) && COLON_AT_START.test(after.data)) {
    dropColon = () => {
      after.data = after.data.replace(COLON_AT_START, '');
    };
  } else {
    return null;
  }
  const label = text.replace(COLON_AT_END, '');
  if (label === '' || label.length > MAX_LABEL) return null;
  const kind = kindOfBoldLabel(label);
  return kind ? { bold, kind, dropColon } : null;
}

/** `> **Pro Tip:** …` */
export function fromBoldQuote(quote: Element): HTMLElement | null {
  const paragraph = openingParagraph(quote);
  const label = paragraph && boldLabel(paragraph);
  if (!paragraph || !label) return null;
  const element = callout(quote, label.kind, AUTHOR_ATTRIBUTES);
  label.dropColon();
  label.bold.setAttribute('slot', 'label');
  element.append(label.bold);
  tidyOpening(paragraph);
  element.append(...quote.childNodes);
  quote.replaceWith(element);
  return element;
}

/** `<p><strong>Key Takeaways:</strong></p>` followed by a list. */
export function fromTakeawaysParagraph(paragraph: Element): HTMLElement | null {
  if (paragraph.parentElement?.closest('blockquote') || meaningfulChildren(paragraph).length !== 1)
    return null;
  const label = boldLabel(paragraph);
  const list = nextBlock(paragraph);
  if (!label || label.kind !== 'takeaways' || !list || (list.localName !== 'ul' && list.localName !== 'ol'))
    return null;
  const element = callout(paragraph, 'takeaways', AUTHOR_ATTRIBUTES);
  label.dropColon();
  label.bold.setAttribute('slot', 'label');
  element.append(label.bold);
  element.append(...paragraph.childNodes);
  element.append(list);
  paragraph.replaceWith(element);
  return element;
}
