import { SAMPLE_POST, verifyStaticSite } from '../../scripts/examples-static.mjs';

await verifyStaticSite({ name: 'astro-rehype', folder: 'dist', ...SAMPLE_POST });
