// Astro 5 with the reading-elements rehype plugin: markdown pages come out with their callouts,
// credited photos and progress bar as reading elements, and (header: true) the title, meta line,
// categories, hero photo and share buttons written from the frontmatter.
import { defineConfig } from 'astro/config';
import rehypeReadingElements from 'reading-elements/rehype.js';

export default defineConfig({
  markdown: {
    rehypePlugins: [
      [
        rehypeReadingElements,
        {
          header: true,
          hrefTemplate: '/category/{slug}/',
          referral: 'field_notes',
          // Root-relative images (/images/…) are measured in public/, so they get width and height.
          images: { publicDir: 'public' },
        },
      ],
    ],
  },
});
