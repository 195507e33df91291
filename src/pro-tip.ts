import { ProTip } from './pro-tip/pro-tip.js';

ProTip.define();

export { ProTip };
export type { ProTipToggleDetail } from './pro-tip/pro-tip.js';
export { PRO_TIP_KINDS, kindFromLabel, kindFromName, type ProTipKind } from './pro-tip/pro-tip.kinds.js';
