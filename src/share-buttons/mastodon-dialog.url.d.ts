// The address of the Mastodon dialog's module beside the CDN bundle (dist/cdn/chunks/mastodon-dialog-*.js).
// It has no source: rollup.config.mjs provides this module to the CDN build, the only one that
// imports it (through the stand-in mastodon-dialog.lazy.ts).
export declare const url: string;
