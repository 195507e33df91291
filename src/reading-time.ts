import { ReadingTime } from './reading-time/reading-time.js';

ReadingTime.define();

export { ReadingTime };
export type { ReadingTimeChangeDetail } from './reading-time/reading-time.js';
export type { ReadingRates, TextStats } from './internal/text-stats.js';
