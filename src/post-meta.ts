import { PostMeta } from './post-meta/post-meta.js';
import { ReadingTime } from './reading-time/reading-time.js';

// <post-meta> renders a <reading-time>.
ReadingTime.define();
PostMeta.define();

export { PostMeta };
export type { PostMetaAi, PostMetaDateStyle } from './post-meta/post-meta.js';
