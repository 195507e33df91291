// Deliberate mistakes: `npm run examples` copies this file into src/ and expects the type check
// to fail with each of the errors named below.
import { CategoryChips, ProTip, ReadingProgress } from 'reading-elements/react';

export const Mistakes = () => (
  <>
    {/* expect-error: Type '"bottm"' is not assignable to type '"top" | "bottom" | undefined' */}
    <ReadingProgress position="bottm" />
    {/* expect-error: Property 'onTogle' does not exist */}
    <ProTip onTogle={() => {}} />
    {/* expect-error: Property 'opened' does not exist on type 'ProTipToggleDetail' */}
    <ProTip onToggle={(event) => event.detail.opened} />
    {/* expect-error: 'nam' does not exist in type 'CategoryItem' */}
    <CategoryChips categories={[{ nam: 'Tech' }]} />
  </>
);
