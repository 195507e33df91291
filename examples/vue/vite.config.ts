import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Our tags are custom elements, not Vue components.
      template: {
        compilerOptions: {
          isCustomElement: (tag) =>
            tag.startsWith('reading-') ||
            [
              'pro-tip',
              'photo-credit',
              'category-chips',
              'table-of-contents',
              'share-buttons',
              'post-meta',
            ].includes(tag),
        },
      },
    }),
  ],
});
