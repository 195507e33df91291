import { SAMPLE_POST, verifyStaticSite } from '../../scripts/examples-static.mjs';

await verifyStaticSite({ name: 'eleventy', folder: '_site', ...SAMPLE_POST });
