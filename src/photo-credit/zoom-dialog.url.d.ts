// The address of the zoom dialog's module beside the CDN bundle (dist/cdn/chunks/zoom-dialog-*.js).
// It has no source: rollup.config.mjs provides this module to the CDN build, the only one that
// imports it (through the stand-in zoom-dialog.lazy.ts).
export declare const url: string;
