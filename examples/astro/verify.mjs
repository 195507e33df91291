import { verifyFrameworkExample } from '../../scripts/examples-lib.mjs';

await verifyFrameworkExample({ name: 'astro', folder: 'dist', chips: ['Tech', 'Web Components'] });
