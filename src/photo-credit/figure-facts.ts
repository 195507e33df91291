// What `<photo-credit>`'s children hold, read from the light-DOM view on the server and while hydrating.
import {
  attributeOf,
  findDescendant,
  isElement,
  slotChildren,
  type LightNode,
} from '../internal/light-dom.js';

/** What the figure is rendered from. */
export interface FigureFacts {
  /** The image's alt text, trimmed. */
  alt: string;
  /** Whether the image becomes the zoom button. */
  zoom: boolean;
  hasCaption: boolean;
  /** Whether a hand-written credit is slotted. */
  hasCredit: boolean;
}

const isImage = (node: LightNode) => node.localName === 'img';

/**
 * The facts read from the children before any slot exists: on the server (the parsed HTML) and
 * while hydrating, so both render the same figure. `light` is null on a server render without
 * the parsed HTML.
 */
export function lightDomFacts(light: LightNode | null, zoomable: boolean): FigureFacts {
  if (!light) return { alt: '', zoom: false, hasCaption: false, hasCredit: false };
  let image: ReturnType<typeof findDescendant> = null;
  for (const child of slotChildren(light, '').filter(isElement)) {
    image = isImage(child) ? { element: child, ancestors: [] } : findDescendant(child, isImage, [child]);
    if (image) break;
  }
  const inLink = image?.ancestors.some(
    (node) => node.localName === 'a' && attributeOf(node, 'href') !== null,
  );
  return {
    alt: (image ? (attributeOf(image.element, 'alt') ?? '') : '').trim(),
    zoom: zoomable && image !== null && !inLink,
    hasCaption: slotChildren(light, 'caption').some(isElement),
    hasCredit: slotChildren(light, 'credit').some(isElement),
  };
}
