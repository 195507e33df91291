import { TableOfContents } from './table-of-contents/table-of-contents.js';

TableOfContents.define();

export { TableOfContents };
