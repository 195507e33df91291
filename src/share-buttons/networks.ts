import { blueskyShareUrl, facebookShareUrl, linkedinShareUrl, xShareUrl } from './share-urls.js';

/** The names `networks` accepts. */
export type ShareNetwork =
  'native' | 'x' | 'bluesky' | 'mastodon' | 'linkedin' | 'facebook' | 'email' | 'copy';

export const SHARE_NETWORKS: readonly ShareNetwork[] = [
  'native',
  'x',
  'bluesky',
  'mastodon',
  'linkedin',
  'facebook',
  'email',
  'copy',
];

/** Network names are proper nouns and stay untranslated. */
export const BRANDS: Partial<Record<ShareNetwork, string>> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
};

/** The known networks in a space-separated list, in order and without repeats, and the unknown names. */
export function parseNetworks(value: string): { known: ShareNetwork[]; unknown: string[] } {
  const names = value.toLowerCase().split(/\s+/).filter(Boolean);
  const known: ShareNetwork[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    if ((SHARE_NETWORKS as readonly string[]).includes(name)) {
      if (!known.includes(name as ShareNetwork)) known.push(name as ShareNetwork);
    } else {
      unknown.push(name);
    }
  }
  return { known, unknown };
}

/** The share address of a network that needs nothing but the text and the address. */
export function plainShareUrl(
  network: 'x' | 'bluesky' | 'linkedin' | 'facebook',
  text: string,
  url: string,
): string {
  switch (network) {
    case 'x':
      return xShareUrl(text, url);
    case 'bluesky':
      return blueskyShareUrl(text, url);
    case 'linkedin':
      return linkedinShareUrl(url);
    case 'facebook':
      return facebookShareUrl(url);
  }
}
