import type { Heading } from '../content/markdown-source.ts';

/** A clause's own text and where it sits, for showing clauses outside their document. */
export interface ClauseText {
  id: string;
  title: string;
  /** Markdown of the clause up to the next heading (its own words, not its sub-clauses'). */
  markdown: string;
  /** Headings nested under this one (e.g. the clauses of a section). */
  children: { id: string; title: string }[];
}

/**
 * Cuts a document body into the text under each heading, so a topic page can quote a clause in
 * full and link to it. `headings` are the body's headings with their lines (extractHeadings).
 */
export function splitClauses(body: string, headings: readonly Heading[]): Map<string, ClauseText> {
  const lines = body.split('\n');
  const clauses = new Map<string, ClauseText>();
  headings.forEach((heading, index) => {
    const next = headings[index + 1];
    const markdown = lines.slice(heading.line, next ? next.line - 1 : lines.length).join('\n').trim();
    const children: ClauseText['children'] = [];
    for (const later of headings.slice(index + 1)) {
      if (later.depth <= heading.depth) break;
      children.push({ id: later.slug, title: later.text });
    }
    clauses.set(heading.slug, { id: heading.slug, title: heading.text, markdown, children });
  });
  return clauses;
}

/** The id of a document's opening on its page (the text before its first heading), which the checklist links to. */
export const openingId = 'opening';

/** A document's opening: the Markdown before its first heading ('' when it starts with one). */
export function openingText(body: string, headings: readonly Heading[]): string {
  const first = headings[0];
  const lines = body.split('\n');
  return lines.slice(0, first ? first.line - 1 : lines.length).join('\n').trim();
}
