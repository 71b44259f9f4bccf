import GithubSlugger from 'github-slugger';
import type { ContentProblem } from './content-problem.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/** An MDX/Markdown file split into its front matter (parsed, with line lookup) and body. */
export interface MarkdownSource {
  frontmatter: YamlSource;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

/** Splits `---` front matter from the body. Returns a problem when there is no front matter block. */
export function readMarkdownSource(text: string, file: string): MarkdownSource | ContentProblem {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalized);
  if (!match) {
    return { file, line: 1, message: 'the file does not start with a front matter block', fix: 'begin the file with a line "---", the fields, and another line "---"' };
  }
  const yamlText = match[1] ?? '';
  return {
    frontmatter: parseYaml(yamlText, 2),
    body: normalized.slice(match[0].length),
    bodyLine: yamlText.split('\n').length + 3,
  };
}

export interface Heading {
  depth: number;
  text: string;
  /** The id the page gives the heading (github-slugger, as Astro does). */
  slug: string;
  /** 1-based line in the body. */
  line: number;
}

/** The ATX headings of a Markdown body (outside code fences) with the ids Astro will give them. */
export function extractHeadings(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  let inFence = false;
  body.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) return;
    const text = plainText(match[2] ?? '');
    headings.push({ depth: (match[1] ?? '').length, text, slug: slugger.slug(text), line: index + 1 });
  });
  return headings;
}

/** Strips inline Markdown (emphasis, links, code, escapes) to the text a reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<([a-z]+:[^>]+)>/gi, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>&])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
