import { PhotoCredit } from './photo-credit/photo-credit.js';

PhotoCredit.define();

export { PhotoCredit };
export type { PhotoCreditZoomDetail } from './photo-credit/photo-credit.js';
export type { CreditSegment, ParsedCredit } from './photo-credit/parse-credit.js';
