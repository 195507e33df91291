// Deliberate mistakes: `npm run examples` copies this file into src/ and expects the type check
// to fail with each of the errors named below.
export const Mistakes = () => (
  <>
    {/* expect-error: Type '"bottm"' is not assignable to type '"top" | "bottom" | undefined' */}
    <reading-progress position="bottm"></reading-progress>
    {/* expect-error: Property 'opened' does not exist on type 'ProTipToggleDetail' */}
    <pro-tip onpro-tip-toggle={(event) => event.detail.opened}></pro-tip>
    {/* expect-error: 'nam' does not exist in type 'CategoryItem' */}
    <category-chips categories={[{ nam: 'Tech' }]}></category-chips>
    {/* expect-error: Type 'string' is not assignable to type 'number' */}
    <table-of-contents offset="80"></table-of-contents>
  </>
);
