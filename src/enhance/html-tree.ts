/**
 * HTML text ⇄ a DOM tree in Node, for enhanceHtml(). parse5 (the HTML standard's parsing and
 * serialization algorithms, the ones jsdom uses) reads and writes the text; the tree it builds is
 * made of linkedom nodes, a small and fast DOM with `querySelector`, `closest` and `classList`,
 * on which the browser's recognisers run unchanged. linkedom's own parser and serializer are not
 * used: they differ from a browser on misnested or implied tags and leave `</textarea>` inside
 * text unescaped.
 */
import { parseHTML } from 'linkedom';
import {
  parse,
  parseFragment,
  serialize,
  serializeOuter,
  html as spec,
  type TreeAdapter,
  type TreeAdapterTypeMap,
} from 'parse5';

type Attribute = { name: string; value: string; namespace?: string; prefix?: string };

type LinkedomMap = TreeAdapterTypeMap<
  Node,
  ParentNode,
  ChildNode,
  Document,
  DocumentFragment,
  Element,
  Comment,
  Text,
  HTMLTemplateElement,
  DocumentTypeNode
>;

/** A doctype as parse5 reports it; kept beside the document, which linkedom cannot build one into. */
type DocumentTypeNode = Node & { name: string; publicId: string; systemId: string };

const doctypes = new WeakMap<Document, DocumentTypeNode>();
const modes = new WeakMap<Document, spec.DOCUMENT_MODE>();

/** The document new nodes belong to while one parse runs. */
let owner: Document;

function adapter(): TreeAdapter<LinkedomMap> {
  const qualified = (attribute: Attribute) =>
    attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
  const setAll = (element: Element, attrs: Attribute[]) => {
    for (const attribute of attrs)
      if (!element.hasAttribute(qualified(attribute)))
        element.setAttribute(qualified(attribute), attribute.value);
  };
  return {
    createDocument: () => (owner = parseHTML('').document),
    createDocumentFragment: () => owner.createDocumentFragment(),
    createElement(tagName, namespaceURI, attrs) {
      const element =
        namespaceURI === spec.NS.HTML
          ? owner.createElement(tagName)
          : owner.createElementNS(namespaceURI, tagName);
      setAll(element, attrs);
      return element;
    },
    createCommentNode: (data) => owner.createComment(data),
    createTextNode: (value) => owner.createTextNode(value),
    appendChild: (parent, node) => void parent.appendChild(node),
    insertBefore: (parent, node, reference) => void parent.insertBefore(node, reference),
    setTemplateContent(template, content) {
      template.content.append(...content.childNodes);
    },
    getTemplateContent: (template) => template.content,
    setDocumentType(document, name, publicId, systemId) {
      const doctype = { nodeType: 10, name, publicId, systemId, parentNode: document };
      doctypes.set(document, doctype as unknown as DocumentTypeNode);
    },
    setDocumentMode: (document, mode) => void modes.set(document, mode),
    getDocumentMode: (document) => modes.get(document) ?? spec.DOCUMENT_MODE.NO_QUIRKS,
    detachNode: (node) => void (node as ChildNode).remove?.(),
    insertText(parent, text) {
      const last = parent.lastChild;
      if (last?.nodeType === 3) (last as Text).data += text;
      else parent.appendChild(owner.createTextNode(text));
    },
    insertTextBefore(parent, text, reference) {
      const previous = reference.previousSibling;
      if (previous?.nodeType === 3) (previous as Text).data += text;
      else parent.insertBefore(owner.createTextNode(text), reference);
    },
    adoptAttributes: setAll,
    getFirstChild: (node) => node.firstChild,
    getChildNodes(node) {
      // linkedom makes a new array of the children on each read.
      const children = node.childNodes as unknown as ChildNode[];
      const doctype = node.nodeType === 9 ? doctypes.get(node as Document) : undefined;
      return doctype ? [doctype as Node as ChildNode, ...children] : children;
    },
    getParentNode: (node) => node.parentNode,
    // linkedom keeps the attribute set last first; the page lists them in the order they were set.
    getAttrList: (element) => [...element.attributes].map(({ name, value }) => ({ name, value })).reverse(),
    getTagName: (element) => element.localName,
    getNamespaceURI: (element) => (element.namespaceURI ?? spec.NS.HTML) as spec.NS,
    getTextNodeContent: (text) => text.data,
    getCommentNodeContent: (comment) => comment.data,
    getDocumentTypeNodeName: (doctype) => doctype.name,
    getDocumentTypeNodePublicId: (doctype) => doctype.publicId,
    getDocumentTypeNodeSystemId: (doctype) => doctype.systemId,
    isTextNode: (node): node is Text => node.nodeType === 3,
    isCommentNode: (node): node is Comment => node.nodeType === 8,
    isDocumentTypeNode: (node): node is DocumentTypeNode => node.nodeType === 10,
    isElementNode: (node): node is Element => node.nodeType === 1,
    setNodeSourceCodeLocation: () => undefined,
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => undefined,
  };
}

const treeAdapter = adapter();

/** True when `html` is a whole page (a doctype or an `<html>` tag first) rather than a fragment of a body. */
export function isWholeDocument(html: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html[\s>])/i.test(html);
}

/** Parses a whole page into a document. */
export function parseDocument(html: string): Document {
  return parse(html, { treeAdapter });
}

/** Parses `html` as the content of a `<body>`; the fragment's nodes belong to a document of their own. */
export function parseBodyFragment(html: string): DocumentFragment {
  owner = parseHTML('<!doctype html><html><head></head><body></body></html>').document;
  return parseFragment(owner.body, html, { treeAdapter });
}

/** The HTML text of `node`'s children (for a document: the whole page, doctype included). */
export function serializeChildren(node: ParentNode): string {
  return serialize(node, { treeAdapter });
}

/** `element`'s start and end tags without its children: `<pro-tip kind="tip"></pro-tip>`. */
export function emptyElementHtml(element: Element): string {
  const childless: TreeAdapter<LinkedomMap> = {
    ...treeAdapter,
    getChildNodes: (node) => (node === element ? [] : treeAdapter.getChildNodes(node)),
  };
  return serializeOuter(element, { treeAdapter: childless });
}
