import { verifyFrameworkExample } from '../../scripts/examples-lib.mjs';

await verifyFrameworkExample({ name: 'svelte', folder: 'dist', chips: ['Tech', 'Web Components'] });
