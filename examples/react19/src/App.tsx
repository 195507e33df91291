// Registers every element before React renders, so React 19 sets `categories` as a property.
import 'reading-elements';
import type { CategoryItem } from 'reading-elements';
import { useState } from 'react';

const categories: CategoryItem[] = [
  { name: 'Tech', type: 'general' },
  { name: 'Web Components', type: 'niche' },
];

const photo =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><rect width="600" height="400" fill="#7aa"/></svg>',
  );

export function App() {
  const [open, setOpen] = useState<boolean | undefined>();
  const [copied, setCopied] = useState('');
  return (
    <article id="post">
      <reading-progress for="post"></reading-progress>
      <h1>Reading elements in React 19</h1>
      <post-meta published="2026-11-30" author="Ada Lovelace" for="post">
        <category-chips slot="categories" categories={categories}></category-chips>
      </post-meta>
      <reading-time for="post"></reading-time>
      <table-of-contents for="post"></table-of-contents>
      <h2 id="why">Why</h2>
      <p>Custom elements work in React 19 as they are: properties, attributes and events.</p>
      <pro-tip kind="tip" collapsible onpro-tip-toggle={(event) => setOpen(event.detail.open)}>
        <p>Import the library before the first render.</p>
      </pro-tip>
      <h2 id="photo">A photo</h2>
      <photo-credit author="Ada Lovelace" source="Unsplash">
        <img src={photo} width={600} height={400} alt="A teal rectangle" />
      </photo-credit>
      <share-buttons
        url="https://example.com/react19"
        networks="x copy"
        onshare-buttons-copy={(event) => setCopied(event.detail.url)}
      ></share-buttons>
      <p data-toggled={String(open)} data-copied={copied}>
        {open === undefined ? 'Not toggled yet.' : `Tip open: ${open}.`} {copied && `Copied ${copied}.`}
      </p>
    </article>
  );
}
