import { ShareButtons } from './share-buttons/share-buttons.js';

ShareButtons.define();

export { ShareButtons };
export {
  COPIED_DURATION,
  MASTODON_STORAGE_KEY,
  SHARE_NETWORKS,
  type ShareButtonsCopyDetail,
  type ShareButtonsShareDetail,
  type ShareButtonsStrings,
  type ShareNetwork,
} from './share-buttons/share-buttons.js';
export {
  BLUESKY_LIMIT,
  blueskyPost,
  blueskyShareUrl,
  emailShareUrl,
  facebookShareUrl,
  graphemeCount,
  linkedinShareUrl,
  mastodonHost,
  mastodonShareUrl,
  truncateGraphemes,
  xShareUrl,
} from './share-buttons/share-urls.js';
