/**
 * The transform both enhance() (in the browser) and enhanceHtml() (in Node) run: every
 * recogniser, in order, on one tree. It registers nothing and imports no element class.
 */
import { enhanceCallouts } from './callouts.js';
import { isElement, isLeftAlone } from './dom.js';
import type { CreatedTag } from './element-attributes.js';
import { enhancePhotos } from './photos.js';
import { enhancePlaceholders } from './placeholders.js';
import { enhanceProgress } from './progress.js';
import type { EnhanceOptions, EnhanceReport, EnhanceRoot } from './types.js';

export interface TransformResult {
  report: EnhanceReport;
  /** The tags of the elements created. */
  created: Set<CreatedTag>;
}

/** Upgrades the markup inside `root` in place; see enhance() for what it recognises and guarantees. */
export function transform(root: EnhanceRoot, options: EnhanceOptions = {}): TransformResult {
  const report: EnhanceReport = { progress: 0, callouts: 0, photos: 0, placeholders: 0 };
  const created = new Set<CreatedTag>();
  if (!root || (isElement(root) && isLeftAlone(root))) return { report, created };

  if (options.placeholders !== false) {
    const tags = enhancePlaceholders(root);
    report.placeholders = tags.length;
    for (const tag of tags) created.add(tag);
  }
  if (options.callouts !== false) {
    report.callouts = enhanceCallouts(root);
    if (report.callouts) created.add('pro-tip');
  }
  if (options.photos !== false) {
    report.photos = enhancePhotos(root, options);
    if (report.photos) created.add('photo-credit');
  }
  if (options.progress !== false) {
    report.progress = enhanceProgress(root, options.progress === true);
    if (report.progress) created.add('reading-progress');
  }
  return { report, created };
}
