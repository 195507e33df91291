/**
 * Progress: the seed's `<div class="reading-progress-container"><div id="reading-progress"
 * class="reading-progress"></div></div>` becomes a `<reading-progress>` tracking the article;
 * with `progress: true` a page without any progress bar gets one.
 */
import { DOCUMENT_NODE, candidates, create, isElement, isEmpty, isLeftAlone, topOf } from './dom.js';
import type { EnhanceRoot } from './types.js';

const SEED = 'div.reading-progress-container, div#reading-progress, div.reading-progress';

/** The article a bar should track: the closest `article`/`main`, else the only `article` in `root`, else its `main`. */
function articleFor(start: Element | null, root: EnhanceRoot): Element | null {
  const closest = start?.closest('article, main');
  if (closest) return closest;
  const articles = root.querySelectorAll('article');
  if (articles.length === 1) return articles[0]!;
  if (isElement(root) && root.matches('article, main')) return root;
  return root.querySelector('main');
}

/** The id of `target`, giving it one (`article`, `article-2`, … or `main`) only when it has none. */
function idOf(target: Element): string {
  if (target.id) return target.id;
  const scope = topOf(target) as Partial<Document>;
  const taken = (id: string) =>
    Boolean(target.ownerDocument.getElementById(id) ?? scope.getElementById?.(id));
  const base = target.localName === 'main' ? 'main' : 'article';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  target.setAttribute('id', id);
  return id;
}

function bar(near: Node, article: Element | null): HTMLElement {
  const element = create(near, 'reading-progress');
  if (article) element.setAttribute('for', idOf(article));
  return element;
}

/** True when the page (or the shadow root / fragment being enhanced) already has a bar. */
function hasBar(root: EnhanceRoot): boolean {
  const scope = isElement(root) ? (topOf(root) as ParentNode) : root;
  return (
    (isElement(scope) && scope.localName === 'reading-progress') ||
    scope.querySelector?.('reading-progress') != null ||
    (isElement(root) && root.localName === 'reading-progress')
  );
}

/** Converts the seed's markup (or adds a bar); returns how many bars it created. */
export function enhanceProgress(root: EnhanceRoot, add: boolean): number {
  if (hasBar(root)) return 0;
  for (const seed of candidates(root, SEED)) {
    // The outermost piece of the seed markup, and only when it holds no content of its own.
    const container = seed.parentElement?.closest('.reading-progress-container') ?? seed;
    if (
      !container.parentNode ||
      (container.textContent ?? '').trim() !== '' ||
      container.querySelector('img, picture, svg, video, iframe, a')
    )
      continue;
    if (![...container.children].every((child) => child.matches(SEED) && isEmpty(child))) continue;
    const element = bar(container, articleFor(container, root));
    const id = container.id || container.querySelector('[id]')?.id;
    if (id) element.setAttribute('id', id);
    container.replaceWith(element);
    return 1;
  }
  if (!add) return 0;
  const element = bar(root, articleFor(null, root));
  const parent = root.nodeType === DOCUMENT_NODE ? (root as Document).body : root;
  if (!parent || (isElement(parent) && isLeftAlone(parent))) return 0;
  parent.prepend(element);
  return 1;
}
