/**
 * Documentation sites' admonitions: Python-Markdown and MkDocs (with pymdownx.details),
 * Docusaurus 2 and 3, and Starlight's asides.
 */
import { fromRendered } from './callout.js';
import { kindInClassList, kindOfTypeName, labelTypeWord, typeClass } from './type-names.js';

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
export function fromDetails(block: Element): HTMLElement | null {
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
export function fromAdmonition(block: Element): HTMLElement | null {
  const mkdocsTitle = block.querySelector(':scope > .admonition-title');
  if (mkdocsTitle || typeClass(block)) return fromMkDocs(block, mkdocsTitle);
  return fromDocusaurus(block);
}

export function fromStarlight(block: Element): HTMLElement | null {
  const kind = kindInClassList(block, 'starlight-aside--');
  if (!kind) return null;
  return fromRendered(
    block,
    kind,
    block.querySelector(':scope > .starlight-aside__title'),
    block.querySelector(':scope > .starlight-aside__content'),
  );
}
