// React 18 sets every prop on a custom element as an attribute string and ignores its events;
// the components from reading-elements/react set properties and listen for the events.
import {
  CategoryChips,
  PhotoCredit,
  PostMeta,
  ProTip,
  ReadingProgress,
  ReadingTime,
  ShareButtons,
  TableOfContents,
} from 'reading-elements/react';
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
      <ReadingProgress for="post" />
      <h1>Reading elements in React 18</h1>
      <PostMeta published="2026-11-30" author="Ada Lovelace" for="post">
        <CategoryChips slot="categories" categories={categories} />
      </PostMeta>
      <ReadingTime for="post" />
      <TableOfContents for="post" />
      <h2 id="why">Why</h2>
      <p>React 18 passes arrays, objects and handlers to custom elements through these components.</p>
      <ProTip kind="tip" collapsible onToggle={(event) => setOpen(event.detail.open)}>
        <p>Handlers are named after the event: pro-tip-toggle is onToggle.</p>
      </ProTip>
      <h2 id="photo">A photo</h2>
      <PhotoCredit author="Ada Lovelace" source="Unsplash">
        <img src={photo} width={600} height={400} alt="A teal rectangle" />
      </PhotoCredit>
      <ShareButtons
        url="https://example.com/react18"
        networks="x copy"
        onCopy={(event) => setCopied(event.detail.url)}
      />
      <p data-toggled={String(open)} data-copied={copied}>
        {open === undefined ? 'Not toggled yet.' : `Tip open: ${open}.`} {copied && `Copied ${copied}.`}
      </p>
    </article>
  );
}
