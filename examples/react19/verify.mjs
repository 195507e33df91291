import { verifyFrameworkExample } from '../../scripts/examples-lib.mjs';

await verifyFrameworkExample({ name: 'react19', folder: 'dist', chips: ['Tech', 'Web Components'] });
