import { ReadingProgress } from './reading-progress/reading-progress.js';

ReadingProgress.define();

export { ReadingProgress };
export type { ReadingProgressCompleteDetail } from './reading-progress/reading-progress.js';
