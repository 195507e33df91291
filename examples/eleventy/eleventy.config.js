// Eleventy 3 with the reading-elements markdown-it plugin: every markdown page comes out with
// its callouts, credited photos and progress bar as reading elements, and the header (title,
// meta line, categories, hero photo, share buttons) written from the page's frontmatter.
import readingElements from 'reading-elements/markdown-it.js';

export default function (eleventyConfig) {
  eleventyConfig.amendLibrary('md', (md) =>
    md.use(readingElements, {
      header: true,
      hrefTemplate: '/category/{slug}/',
      referral: 'field_notes',
      // Root-relative images (/images/…) are measured in this folder, so they get width and height.
      images: { publicDir: '.' },
    }),
  );
  eleventyConfig.addPassthroughCopy('images');
  eleventyConfig.addPassthroughCopy({
    'node_modules/reading-elements/dist/cdn/reading-elements.js': 'assets/reading-elements.js',
    'node_modules/reading-elements/dist/reading-elements.css': 'assets/reading-elements.css',
  });
  return { dir: { input: '.', includes: '_includes', output: '_site' }, markdownTemplateEngine: false };
}
