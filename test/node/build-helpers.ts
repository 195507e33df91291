// Reading rendered HTML in Node tests the way a browser would: parsed with the HTML standard's
// parser (hast-util-from-html, parse5), then walked.
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

export type { Element };

export function parse(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/** Every element in document order. */
export function elements(tree: Root | Element): Element[] {
  const found: Element[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      found.push(node);
      walk(node.children as RootContent[]);
      if (node.content) walk(node.content.children as RootContent[]);
    }
  };
  walk(tree.children as RootContent[]);
  return found;
}

export function byTag(tree: Root | Element, tag: string): Element[] {
  return elements(tree).filter((element) => element.tagName === tag);
}

const INLINE = new Set(
  'a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var wbr'.split(
    ' ',
  ),
);

/** The text a reader sees (template contents excluded), white space collapsed; blocks are separated as a browser lays them out. */
export function textOf(tree: Root | Element | RootContent): string {
  let text = '';
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element' || node.type === 'root') {
      const block = node.type === 'element' && !INLINE.has(node.tagName);
      if (block) text += ' ';
      for (const child of node.children) walk(child as RootContent);
      if (block) text += ' ';
    }
  };
  walk(tree as Root);
  return text.replace(/\s+/g, ' ').trim();
}

/** An attribute as written in the HTML (hast names them in camelCase and splits class). */
export function attr(element: Element, name: string): string | undefined {
  const camel = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const key = name === 'class' ? 'className' : name === 'for' ? 'htmlFor' : camel;
  const value = element.properties[key] ?? element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  if (Array.isArray(value)) return value.join(' ');
  return value === true ? '' : String(value);
}
