/** Splits a post into its YAML frontmatter and its markdown body, and parses the YAML. */
import { parseDocument } from 'yaml';

export interface SplitPost {
  /** The parsed frontmatter: an object, or `{}` when there is none or it is not a mapping. */
  data: Record<string, unknown>;
  /** The markdown after the frontmatter (the whole text when there is none). */
  body: string;
  /** Why the frontmatter could not be read, when it could not. */
  problems: string[];
}

/** `---` on the first line, the YAML, then `---` (or `...`) on a line of its own. */
const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** An opening fence with an empty block: `---\n---`. */
const EMPTY_FENCE = /^\uFEFF?---[ \t]*\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Reads the frontmatter with the `yaml` package, which reports errors instead of throwing. A
 * post whose YAML is broken keeps its body (without the broken block) and says what was wrong.
 */
export function splitFrontmatter(source: string): SplitPost {
  const empty = EMPTY_FENCE.exec(source);
  if (empty) return { data: {}, body: source.slice(empty[0].length), problems: [] };
  const match = FENCE.exec(source);
  if (!match) {
    const unclosed = /^\uFEFF?---[ \t]*\r?\n/.test(source);
    return {
      data: {},
      body: source,
      problems: unclosed ? ['the frontmatter opens with --- but never closes; it is read as markdown'] : [],
    };
  }
  const body = source.slice(match[0].length);
  // Aliases can expand exponentially ("billion laughs"); a post's frontmatter never needs many.
  const document = parseDocument(match[1]!, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    return {
      data: {},
      body,
      problems: [`the frontmatter is not valid YAML (${first.message.split('\n')[0]})`],
    };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { data: {}, body, problems: [`the frontmatter cannot be read (${(error as Error).message})`] };
  }
  if (value === null || value === undefined) return { data: {}, body, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value))
    return { data: {}, body, problems: ['the frontmatter is not a list of "name: value" fields'] };
  return { data: value as Record<string, unknown>, body, problems: [] };
}
