/** What `enhance()` recognises, and how it builds what it creates. */
export interface EnhanceOptions {
  /**
   * The reading progress bar. By default the seed's `reading-progress-container` markup becomes
   * a `<reading-progress>`; `true` also adds one when the page has none; `false` leaves
   * progress markup alone.
   */
  progress?: boolean;
  /** Blockquotes with a bold label, GitHub alerts, Docusaurus admonitions, Starlight asides → `<pro-tip>`. Default `true`. */
  callouts?: boolean;
  /** Images followed by or captioned with a credit line → `<photo-credit>`. Default `true`. */
  photos?: boolean;
  /** `[data-table-of-contents]`, `[data-reading-time]`, `[data-share]`, `[data-categories]` → their elements. Default `true`. */
  placeholders?: boolean;
  /** Your Unsplash application name: set as `referral` on every `<photo-credit>` created. */
  referral?: string;
  /** Sets `zoomable` on every `<photo-credit>` created. Default `false`. */
  zoomable?: boolean;
}

/** How many elements of each kind one `enhance()` call created. A second call on the same page reports zeros. */
export interface EnhanceReport {
  /** `<reading-progress>` elements created (0 or 1). */
  progress: number;
  /** `<pro-tip>` elements created. */
  callouts: number;
  /** `<photo-credit>` elements created. */
  photos: number;
  /** `<table-of-contents>`, `<reading-time>`, `<share-buttons>` and `<category-chips>` elements created. */
  placeholders: number;
}

/** Where `enhance()` looks: a document, an element, or a shadow root / fragment. */
export type EnhanceRoot = Document | Element | DocumentFragment;
