/**
 * Callouts → `<pro-tip>`:
 * - `<blockquote><p><strong>Pro Tip:</strong> …</p></blockquote>` (marked, markdown-it), the
 *   bold label naming a kind in any shipped language ("Expert Insight:", "Consejo:", "Hinweis:");
 * - `<p><strong>Key Takeaways:</strong></p>` followed by a list;
 * - GitHub alerts (`div.markdown-alert.markdown-alert-tip`);
 * - an unrendered `[!TIP]` first line in a blockquote (GitHub / Obsidian syntax);
 * - Docusaurus admonitions (`div.theme-admonition.theme-admonition-tip`, and v2's `div.admonition`);
 * - Starlight asides (`aside.starlight-aside.starlight-aside--tip`).
 *
 * The author's label node moves into the callout as `slot="label"` (only its trailing colon is
 * dropped) and the remaining nodes move into its body: nothing is copied.
 */
import { PRO_TIP_KINDS, canonicalKind, kindNamedByLabel, type ProTipKind } from '../pro-tip/pro-tip.kinds.js';
import {
  AUTHOR_ATTRIBUTES,
  IDENTITY_ATTRIBUTES,
  candidates,
  carryAttributes,
  create,
  createSlotted,
  isElement,
  isEmpty,
  isTag,
  isText,
  meaningfulChildren,
  nextBlock,
  splitText,
  textNodes,
  collapsedText,
  trimSeparators,
  trimStart,
} from './dom.js';
import type { EnhanceRoot } from './types.js';

/**
 * Type names from Obsidian and Docusaurus that `<pro-tip>` has no alias for, with the kind whose
 * colour and icon they take. With canonicalKind()'s names and aliases, these are every type name
 * a marker (`[!bug]`) or a renderer's class (`admonition-faq`) is recognised by.
 */
const OTHER_TYPE_NAMES: Readonly<Record<string, ProTipKind>> = {
  success: 'tip',
  check: 'tip',
  done: 'tip',
  question: 'note',
  help: 'note',
  faq: 'note',
  todo: 'note',
  example: 'note',
  quote: 'note',
  cite: 'note',
  seealso: 'note',
  secondary: 'note',
  failure: 'caution',
  fail: 'caution',
  missing: 'caution',
  bug: 'caution',
};

/** The kind a type name (`tip`, `danger`, `faq`, from a marker or a renderer's class) stands for, or null. */
function kindOfTypeName(name: string): ProTipKind | null {
  const key = name.trim().toLowerCase();
  return canonicalKind(key) ?? (Object.hasOwn(OTHER_TYPE_NAMES, key) ? OTHER_TYPE_NAMES[key]! : null);
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

/**
 * A callout the author named by a type word only (`[!bug]`, `!!! faq ""`) shows that word, as
 * Obsidian and MkDocs do: a canonical kind keeps `<pro-tip>`'s own label, in the page's language;
 * any other word (`bug` → "Bug", `seealso` → "Seealso") becomes the `label`, title-cased. The
 * kind still picks the colour and icon.
 */
function labelTypeWord(element: Element, word: string): void {
  const key = word.trim().toLowerCase();
  if ((PRO_TIP_KINDS as readonly string[]).includes(key)) return;
  element.setAttribute(
    'label',
    key
      .replace(/[-_]+/g, ' ')
      .replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()),
  );
}

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

/** The new callout, with the block's attributes worth keeping. */
function callout(from: Element, kind: ProTipKind, keep: readonly string[]): HTMLElement {
  const element = create(from, 'pro-tip');
  element.setAttribute('kind', kind);
  carryAttributes(from, element, keep);
  return element;
}

/** A `<span slot="label">` holding `nodes` (moved), or null when they hold no text. */
function labelSpan(near: Element, nodes: Node[]): HTMLElement | null {
  if (collapsedText(nodes) === '') return null;
  const span = createSlotted(near, 'span', 'label');
  span.append(...nodes);
  trimStart([...span.childNodes]);
  const last = span.lastChild;
  if (isText(last)) last.data = last.data.replace(/\s+$/, '');
  return span;
}

/** Removes `<br>` and white space at the edges of `paragraph`, and the paragraph itself when nothing is left. */
function tidyOpening(paragraph: Element): void {
  trimSeparators([...paragraph.childNodes]);
  trimStart([...paragraph.childNodes]);
  if (isEmpty(paragraph)) paragraph.remove();
}

/** The first child of `block` that carries content, when it is a `<p>`. */
function openingParagraph(block: Element): Element | null {
  const first = meaningfulChildren(block)[0];
  return isTag(first, 'p') ? first : null;
}

/** `> **Pro Tip:** …` */
function fromBoldQuote(quote: Element): HTMLElement | null {
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
function fromMarkerQuote(quote: Element): HTMLElement | null {
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

/** `<p><strong>Key Takeaways:</strong></p>` followed by a list. */
function fromTakeawaysParagraph(paragraph: Element): HTMLElement | null {
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

/** The kind named by a class such as `markdown-alert-tip`, given the prefix `markdown-alert-`. */
function kindInClassList(block: Element, prefix: string): ProTipKind | null {
  for (const name of block.classList) {
    if (name.startsWith(prefix)) {
      const kind = kindOfTypeName(name.slice(prefix.length));
      if (kind) return kind;
    }
  }
  return null;
}

/** The title's nodes without the renderer's icon. */
function titleNodes(title: Element): Node[] {
  for (const icon of title.querySelectorAll('svg, [class*="icon" i]'))
    if (collapsedText([icon]) === '') icon.remove();
  // Docusaurus 2 wraps the title in an <h5> inside the heading <div>.
  const only = meaningfulChildren(title);
  const inner =
    only.length === 1 && isElement(only[0]) && /^h[1-6]$/.test(only[0].localName) ? only[0] : title;
  return [...inner.childNodes];
}

/**
 * A renderer's callout: its title becomes the label (the nodes of `labelFrom`, the title itself
 * unless it wraps the words with icons beside them), its content the body, its icons are dropped.
 */
function fromRendered(
  block: Element,
  kind: ProTipKind,
  title: Element | null,
  content: Element | null,
  labelFrom: Element | null = title,
): HTMLElement {
  const element = callout(block, kind, IDENTITY_ATTRIBUTES);
  const label = labelFrom ? labelSpan(block, titleNodes(labelFrom)) : null;
  if (label) {
    // Docusaurus writes its default titles in lower case and shows them in capitals.
    if (
      block.matches('.theme-admonition, .admonition') &&
      label.textContent === label.textContent?.toLowerCase()
    ) {
      label.setAttribute('style', 'text-transform: uppercase');
    }
    element.append(label);
  }
  title?.remove();
  if (content) {
    element.append(...content.childNodes);
    content.remove();
  }
  element.append(...block.childNodes);
  block.replaceWith(element);
  return element;
}

function fromGitHubAlert(block: Element): HTMLElement | null {
  const kind = kindInClassList(block, 'markdown-alert-');
  if (!kind) return null;
  return fromRendered(block, kind, block.querySelector(':scope > .markdown-alert-title'), null);
}

/** The first class of `block` that is a type name (`note` in `admonition note`), or null. */
function typeClass(block: Element): string | null {
  return [...block.classList].find((name) => kindOfTypeName(name)) ?? null;
}

/**
 * Python-Markdown and MkDocs: `<div class="admonition tip"><p class="admonition-title">Tip</p>…</div>`,
 * or without the title paragraph for `!!! tip ""`.
 */
function fromMkDocs(block: Element, title: Element | null): HTMLElement | null {
  const type = typeClass(block);
  if (!type) return null;
  const element = fromRendered(block, kindOfTypeName(type)!, title, null);
  if (!title) labelTypeWord(element, type);
  return element;
}

/**
 * pymdownx.details (MkDocs Material's `??? note` and `???+ note`):
 * `<details class="note" open><summary>Title</summary>…</details>`, folding as it did.
 */
function fromDetails(block: Element): HTMLElement | null {
  const type = typeClass(block);
  const summary = block.querySelector(':scope > summary');
  if (!type || !summary) return null;
  const open = block.hasAttribute('open');
  const element = fromRendered(block, kindOfTypeName(type)!, summary, null);
  element.setAttribute('collapsible', '');
  if (open) element.setAttribute('open', '');
  if (!element.querySelector(':scope > [slot="label"]')) labelTypeWord(element, type);
  return element;
}

/** docs.github.com: `<div class="ghd-alert ghd-alert-accent"><p class="ghd-alert-title"><svg>Note</p>…</div>`. */
function fromGitHubDocsAlert(block: Element): HTMLElement | null {
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
function fromObsidianCallout(block: Element): HTMLElement | null {
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

/** Docusaurus 3 (`div.theme-admonition.theme-admonition-tip`) and 2 (`div.admonition.admonition-tip`). */
function fromDocusaurus(block: Element): HTMLElement | null {
  const kind = kindInClassList(block, 'theme-admonition-') ?? kindInClassList(block, 'admonition-');
  const [heading, second] = [...block.children];
  if (!kind || !heading) return null;
  const content =
    block.querySelector(':scope > [class*="admonitionContent"], :scope > .admonition-content') ??
    second ??
    null;
  return fromRendered(block, kind, heading, content === heading ? null : content);
}

/**
 * `div.admonition` is MkDocs' when it has an `.admonition-title` or a bare type class
 * (`admonition note`), Docusaurus 2's when the type comes as `admonition-note`.
 */
function fromAdmonition(block: Element): HTMLElement | null {
  const mkdocsTitle = block.querySelector(':scope > .admonition-title');
  if (mkdocsTitle || typeClass(block)) return fromMkDocs(block, mkdocsTitle);
  return fromDocusaurus(block);
}

function fromStarlight(block: Element): HTMLElement | null {
  const kind = kindInClassList(block, 'starlight-aside--');
  if (!kind) return null;
  return fromRendered(
    block,
    kind,
    block.querySelector(':scope > .starlight-aside__title'),
    block.querySelector(':scope > .starlight-aside__content'),
  );
}

const PATTERNS =
  'blockquote, p, div.markdown-alert, div.ghd-alert, div.theme-admonition, div.admonition, details, aside.starlight-aside, div.callout[data-callout]';

/** Converts every recognised callout in `root`; returns how many it created. */
export function enhanceCallouts(root: EnhanceRoot): number {
  let count = 0;
  for (const block of candidates(root, PATTERNS)) {
    if (!block.parentNode) continue;
    let created: HTMLElement | null;
    if (block.localName === 'blockquote') created = fromBoldQuote(block) ?? fromMarkerQuote(block);
    else if (block.localName === 'p') created = fromTakeawaysParagraph(block);
    else if (block.localName === 'details') created = fromDetails(block);
    else if (block.classList.contains('markdown-alert')) created = fromGitHubAlert(block);
    else if (block.classList.contains('ghd-alert')) created = fromGitHubDocsAlert(block);
    else if (block.hasAttribute('data-callout')) created = fromObsidianCallout(block);
    else if (block.classList.contains('starlight-aside')) created = fromStarlight(block);
    else created = fromAdmonition(block);
    if (created) count++;
  }
  return count;
}
