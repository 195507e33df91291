import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ShareNetwork } from './networks.js';

/** Line icons on a 24 × 24 grid, drawn with the current colour (see `.icon` in the styles). */
const ICON_PATHS: Record<ShareNetwork | 'check' | 'failed' | 'change', SVGTemplateResult> = {
  native: svg`<path d="M12 3v12M8 7l4-4 4 4M5 12v7a2 2 0 002 2h10a2 2 0 002-2v-7"/>`,
  x: svg`<path d="M4 4h4l12 16h-4zM4 20l6.5-7M13.5 11L20 4"/>`,
  bluesky: svg`<path d="M12 11C10.5 8 7 4 4.5 3.5 3.5 3.3 3 4 3 5.5s.5 5 1 6c1 2 3 2 5 2-3.5 1-4 3-2.5 4.5 3.5 3.5 4.5-.5 5.5-3 1 2.5 2 6.5 5.5 3 1.5-1.5 1-3.5-2.5-4.5 2 0 4 0 5-2 .5-1 1-4.5 1-6s-.5-2.2-1.5-2C17 4 13.5 8 12 11z"/>`,
  mastodon: svg`<path d="M7 3h10a4 4 0 014 4v5a4 4 0 01-4 4h-6a3 3 0 003 3h3v2h-4a5 5 0 01-5-5H7a4 4 0 01-4-4V7a4 4 0 014-4zM8.5 12.5V9.5a1.75 1.75 0 013.5 0V12m0-2.5a1.75 1.75 0 013.5 0v3"/>`,
  linkedin: svg`<rect x="3" y="3" width="18" height="18" rx="3"/><path d="M8 10.5V17M8 7v.2M12 17v-6.5M12 13.5c0-2 1-3 2.5-3s2.5 1 2.5 3V17"/>`,
  facebook: svg`<circle cx="12" cy="12" r="9"/><path d="M13 21v-9.5C13 10 14 9 15.5 9H17M10 13.5h6"/>`,
  email: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M4 6.5l8 6.5 8-6.5"/>`,
  copy: svg`<path d="M10 14a4 4 0 005.7 0l3-3A4 4 0 0013 5.3l-1 1M14 10a4 4 0 00-5.7 0l-3 3a4 4 0 005.7 5.7l1-1"/>`,
  check: svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`,
  failed: svg`<path d="M7 7l10 10M17 7L7 17"/>`,
  change: svg`<path d="M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4"/>`,
};

export type IconName = keyof typeof ICON_PATHS;

export function icon(name: IconName): TemplateResult {
  return html`<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true">${ICON_PATHS[name]}</svg>`;
}
