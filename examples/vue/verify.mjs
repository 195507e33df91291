import { verifyFrameworkExample } from '../../scripts/examples-lib.mjs';

await verifyFrameworkExample({ name: 'vue', folder: 'dist', chips: ['Tech', 'Web Components'] });
