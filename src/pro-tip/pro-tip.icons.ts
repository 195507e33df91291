import type { ProTipKind } from './pro-tip.kinds.js';

/**
 * One inline icon per kind, drawn with strokes in currentColor on a 24×24 grid, so an icon
 * takes the kind's accent colour and follows forced colours. Nothing is fetched. Each icon is
 * two paths (an outline, then its detail) filled in through attributes: one template for every
 * kind, and three nodes a callout.
 */
export const icons: Record<ProTipKind, readonly [string, string]> = {
  // A light bulb.
  tip: [
    'M12 2.5a6.5 6.5 0 0 0-3.8 11.8c.5.4.8 1 .8 1.6V16h6v-.1c0-.6.3-1.2.8-1.6A6.5 6.5 0 0 0 12 2.5Z',
    'M9 18h6M10 21.5h4',
  ],
  // A four-pointed spark with a small companion.
  insight: ['M10 3.5 11.8 8.2 16.5 10l-4.7 1.8L10 16.5l-1.8-4.7L3.5 10l4.7-1.8Z', 'M18 15v5M15.5 17.5h5'],
  // The letter i in a circle.
  note: ['M2.5 12a9.5 9.5 0 1 0 19 0a9.5 9.5 0 1 0-19 0Z', 'M12 11v6M12 7.5v.01'],
  // A speech bubble with an exclamation mark.
  important: [
    'M4 3.5h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-9l-5 4v-4H4a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1Z',
    'M12 7v4.5M12 14v.01',
  ],
  // A triangle with an exclamation mark.
  warning: [
    'M10.3 3.9 2.4 17.6A2 2 0 0 0 4.1 20.6h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z',
    'M12 9v4.5M12 17v.01',
  ],
  // An octagon with an exclamation mark.
  caution: ['M8.1 2.5h7.8l5.6 5.6v7.8l-5.6 5.6H8.1l-5.6-5.6V8.1Z', 'M12 7.5V13M12 16.5v.01'],
  // A checklist: its ticks, then its lines.
  takeaways: [
    'M3.5 6.5 5 8l2.5-2.5M3.5 12.5 5 14l2.5-2.5M3.5 18.5 5 20l2.5-2.5',
    'M11 7h9.5M11 13h9.5M11 19h9.5',
  ],
};

/** The disclosure chevron of a collapsible callout, pointing to the inline end. */
export const chevron = 'M6 4l4 4-4 4';
