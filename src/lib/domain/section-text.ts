import { extractHeadings, plainText, type Heading } from '../content/markdown-source.ts';

/** The lines of a heading's section: after the heading, up to the next heading of the same or a higher level. */
function sectionLines(lines: readonly string[], headings: readonly Heading[], heading: Heading): string[] {
  const next = headings.find((other) => other.line > heading.line && other.depth <= heading.depth);
  return lines.slice(heading.line, next ? next.line - 1 : lines.length);
}

const COMPONENT_LINE = /^\s*<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>\s*$/;
const MDX_STATEMENT = /^\s*(?:import|export)\s/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const URL_OR_LINK = /(!?\[[^\]]*\]\([^)]*\)|<[a-z][\w+.-]*:[^>\s]+>|\bhttps?:\/\/[^\s)]+)/gi;

/** Inline Markdown to plain text; addresses are kept as written (underscores in them are not emphasis). */
function inlineText(markdown: string): string {
  return markdown
    .split(URL_OR_LINK)
    .map((part, index) => {
      if (index % 2 === 0) return plainText(part);
      const link = /^!?\[([^\]]*)\]\(/.exec(part);
      if (link) return /^\S+:\/\/\S+$/.test(link[1] ?? '') ? (link[1] ?? '') : plainText(link[1] ?? '');
      return part.replace(/^<|>$/g, '');
    })
    .join('')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Markdown to the text a reader sees, paragraph by paragraph: headings, list items and
 * blockquotes lose their markers (each list item and heading is a paragraph of its own), hard line
 * breaks join, and component lines (`<SmelterTable />`) and MDX import/export lines are dropped.
 */
export function markdownToText(markdown: string): string {
  let text = textOfMarkdown.get(markdown);
  if (text === undefined) {
    if (textOfMarkdown.size >= REMEMBERED_TEXTS) textOfMarkdown.clear();
    text = convertMarkdownToText(markdown);
    textOfMarkdown.set(markdown, text);
  }
  return text;
}

// Remembered because every report's sections are compared with every other year's, up to three
// times a pair (its page, its JSON, the data package's hash of it): converting them again each time
// made a third of an archive build's work and much of its garbage. Bounded for `astro dev`, where
// edited sections keep coming.
const REMEMBERED_TEXTS = 5_000;
const textOfMarkdown = new Map<string, string>();

function convertMarkdownToText(markdown: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = inlineText(current.join(' '));
    if (text) paragraphs.push(text);
    current = [];
  };
  let inFence = false;
  for (const raw of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    const line = inFence ? raw : raw.replace(/^\s*>\s?/, '');
    if (!inFence && (COMPONENT_LINE.test(line) || MDX_STATEMENT.test(line))) {
      flush();
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = inFence ? null : /^\s*#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      current.push(heading[1] ?? '');
      flush();
      continue;
    }
    if (!inFence && LIST_ITEM.test(line)) {
      flush();
      current.push(line.replace(LIST_ITEM, ''));
      continue;
    }
    current.push(line.replace(/\\$/, '').trim());
  }
  flush();
  return paragraphs.join('\n\n');
}

/**
 * The plain text of the sections under the given heading ids, joined in the order given. The
 * first heading names the whole; the headings after it are kept as paragraphs, as subsections are.
 */
export function sectionText(body: string, ids: readonly string[], headings: readonly Heading[] = extractHeadings(body)): string {
  const lines = body.split('\n');
  return ids
    .map((id) => headings.find((heading) => heading.slug === id))
    .filter((heading): heading is Heading => heading !== undefined)
    .map((heading, index) => [index > 0 ? heading.text : '', markdownToText(sectionLines(lines, headings, heading).join('\n'))].filter(Boolean).join('\n\n'))
    .filter(Boolean)
    .join('\n\n');
}
