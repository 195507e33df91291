import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The library's tags are custom elements, not Vue components.
const tags = [
  'reading-progress',
  'pro-tip',
  'photo-credit',
  'category-chips',
  'reading-time',
  'table-of-contents',
  'share-buttons',
  'post-meta',
];

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tags.includes(tag) } } })],
});
