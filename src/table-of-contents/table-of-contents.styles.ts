import { css } from 'lit';

export const styles = css`
  :host {
    --_indent: var(--table-of-contents-indent, 1rem);
    --_active: var(--table-of-contents-active-color, var(--_accent));
    display: block;
    color: var(--_text);
    line-height: 1.4;
  }
  :host([empty]) {
    display: none;
  }
  nav {
    display: block;
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ol ol {
    padding-inline-start: var(--_indent);
  }
  li {
    margin: 0;
  }
  a {
    display: block;
    padding-block: 0.25em;
    padding-inline: 0.75em 0.25em;
    border-inline-start: 0.1875rem solid transparent;
    color: var(--_muted);
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  a:hover {
    color: var(--_text);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  a:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
    border-radius: 2px;
  }
  /* Not colour alone: a marker on the inline-start edge and a heavier weight. */
  a[aria-current] {
    color: var(--_active);
    border-inline-start-color: currentColor;
    font-weight: 600;
  }
  summary {
    cursor: pointer;
    padding-block: 0.25em;
    font-weight: 600;
  }
  details[open] > summary {
    margin-block-end: 0.25em;
  }
  @media (forced-colors: active) {
    a[aria-current] {
      color: Highlight;
      border-inline-start-color: Highlight;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
