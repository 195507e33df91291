/**
 * GitHub and Obsidian callouts: an unrendered `> [!TIP]` marker, GitHub's rendered alerts,
 * docs.github.com's alerts and Obsidian's rendered callouts.
 */
import type { ProTipKind } from '../../pro-tip/pro-tip.kinds.js';
import { AUTHOR_ATTRIBUTES, isTag, isText, splitText } from '../dom.js';
import { callout, fromRendered, labelSpan, openingParagraph, tidyOpening } from './callout.js';
import { kindInClassList, kindOfTypeName, labelTypeWord } from './type-names.js';

const MARKER = /^\s*\[!([A-Za-z][\w-]*)\]([+-]?)[ \t]*/;

/** The nodes of `paragraph`'s first line, up to a line break or `<br>` (removed), splitting a text node there. */
function firstLine(paragraph: Element): Node[] {
  const nodes: Node[] = [];
  for (let node = paragraph.firstChild; node; node = node.nextSibling) {
    if (isTag(node, 'br')) {
      node.remove();
      break;
    }
    if (isText(node)) {
      const at = node.data.indexOf('\n');
      if (at >= 0) {
        const rest = splitText(node, at);
        rest.data = rest.data.replace(/^\n/, '');
        nodes.push(node);
        break;
      }
    }
    nodes.push(node);
  }
  return nodes;
}

/** `> [!TIP]` left unrendered, with an optional title (`> [!tip]- Title`) that folds with `+`/`-`. */
export function fromMarkerQuote(quote: Element): HTMLElement | null {
  const paragraph = openingParagraph(quote);
  const first = paragraph?.firstChild;
  if (!paragraph || !isText(first)) return null;
  const match = MARKER.exec(first.data);
  const kind = match && kindOfTypeName(match[1]!);
  if (!match || !kind) return null;
  const element = callout(quote, kind, AUTHOR_ATTRIBUTES);
  if (match[2]) element.setAttribute('collapsible', '');
  if (match[2] === '+') element.setAttribute('open', '');
  first.data = first.data.slice(match[0].length);
  const title = labelSpan(quote, firstLine(paragraph));
  if (title) element.append(title);
  else labelTypeWord(element, match[1]!);
  tidyOpening(paragraph);
  element.append(...quote.childNodes);
  quote.replaceWith(element);
  return element;
}

export function fromGitHubAlert(block: Element): HTMLElement | null {
  const kind = kindInClassList(block, 'markdown-alert-');
  if (!kind) return null;
  return fromRendered(block, kind, block.querySelector(':scope > .markdown-alert-title'), null);
}

/**
 * docs.github.com's alert colours (`ghd-alert-accent`) and the kinds they show: its NOTE, TIP,
 * IMPORTANT, WARNING and CAUTION alerts.
 */
const GITHUB_DOCS_COLOURS: Readonly<Record<string, ProTipKind>> = {
  accent: 'note',
  success: 'tip',
  done: 'important',
  attention: 'warning',
  danger: 'caution',
};

/** docs.github.com: `<div class="ghd-alert ghd-alert-accent"><p class="ghd-alert-title"><svg>Note</p>…</div>`. */
export function fromGitHubDocsAlert(block: Element): HTMLElement | null {
  const colour = [...block.classList]
    .map((name) => /^ghd-alert-(\w+)$/.exec(name)?.[1])
    .find((name) => name && Object.hasOwn(GITHUB_DOCS_COLOURS, name));
  if (!colour) return null;
  const title = block.querySelector(':scope > .ghd-alert-title');
  return fromRendered(block, GITHUB_DOCS_COLOURS[colour]!, title, null);
}

/**
 * Obsidian and Obsidian Publish: `<div class="callout" data-callout="tip" data-callout-fold="-">`
 * with `.callout-title` (icon, `.callout-title-inner`, fold arrow) and `.callout-content`.
 * A fold of `-` or `+` makes it collapsible, `+` open.
 */
export function fromObsidianCallout(block: Element): HTMLElement | null {
  const type = block.getAttribute('data-callout') ?? '';
  const kind = kindOfTypeName(type);
  if (!kind) return null;
  const fold = (block.getAttribute('data-callout-fold') ?? '').trim();
  const title = block.querySelector(':scope > .callout-title');
  const element = fromRendered(
    block,
    kind,
    title,
    block.querySelector(':scope > .callout-content'),
    title?.querySelector(':scope > .callout-title-inner') ?? title,
  );
  if (fold === '-' || fold === '+') element.setAttribute('collapsible', '');
  if (fold === '+') element.setAttribute('open', '');
  if (!element.querySelector(':scope > [slot="label"]')) labelTypeWord(element, type);
  return element;
}
