import { verifyFrameworkExample } from '../../scripts/examples-lib.mjs';

await verifyFrameworkExample({ name: 'react18', folder: 'dist', chips: ['Tech', 'Web Components'] });
