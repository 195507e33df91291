import { ProTip } from './pro-tip/pro-tip.js';

ProTip.define();

export { ProTip };
export type { ProTipToggleDetail } from './pro-tip/pro-tip.js';
export {
  PRO_TIP_KINDS,
  canonicalKind,
  kindNamedByLabel,
  /** @deprecated Renamed `kindNamedByLabel`; this name will go in the next release. */
  kindNamedByLabel as kindFromLabel,
  /** @deprecated Renamed `canonicalKind`; this name will go in the next release. */
  canonicalKind as kindFromName,
  type ProTipKind,
} from './pro-tip/pro-tip.kinds.js';
