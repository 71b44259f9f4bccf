import GithubSlugger from 'github-slugger';
import { markdownToMdast, mdxToMdast, type Features, type MdastNode } from 'satteri';
import { parseYaml, type YamlSource } from './yaml-source.ts';

// Markdown is read with the parser that renders it (satteri, Astro's Markdown and MDX processor,
// configured as in astro.config.mjs), so headings, their ids and components are what the page shows.
const features: Features = { smartPunctuation: false };

export interface Heading {
  depth: number;
  text: string;
  /** The id the page gives the heading (github-slugger of its text, as the renderer does). */
  slug: string;
  /** 1-based line in the body. */
  line: number;
}

/** A component tag (`<SmelterTable />`) in an MDX body. */
export interface ComponentUse {
  name: string;
  /** 1-based line in the body. */
  line: number;
}

/** An MDX/Markdown file split into its front matter (parsed, with line lookup) and its parsed body. */
export interface MarkdownSource {
  frontmatter: YamlSource;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  headings: Heading[];
  components: ComponentUse[];
  /** The body is not valid MDX: the parser's message and the line of the file it points at. */
  syntaxError?: { line: number; message: string };
}

/** Splits `---` front matter from the body and parses both. `undefined` when there is no front matter block. */
export function readMarkdownSource(text: string, { mdx }: { mdx: boolean }): MarkdownSource | undefined {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalized);
  if (!match) return undefined;
  const yamlText = match[1] ?? '';
  const body = normalized.slice(match[0].length);
  const bodyLine = yamlText.split('\n').length + 3;
  const source = { frontmatter: parseYaml(yamlText, 2), body, bodyLine };
  let tree: MdastNode;
  try {
    tree = (mdx ? mdxToMdast : markdownToMdast)(body, { features });
  } catch (error) {
    return { ...source, headings: [], components: [], syntaxError: syntaxErrorOf(error, bodyLine) };
  }
  return { ...source, headings: headingsOf(tree), components: componentsOf(tree) };
}

/** The headings of a Markdown body with the ids the page will give them. */
export function extractHeadings(body: string): Heading[] {
  return headingsOf(markdownToMdast(body, { features }));
}

/** Inline Markdown (emphasis, links, code, escapes) as the text a reader sees. */
export function plainText(markdown: string): string {
  // The parser trims a paragraph; a fragment of a line keeps its own spaces.
  const [lead = '', trail = ''] = [/^\s*/.exec(markdown)?.[0], /\s*$/.exec(markdown)?.[0]];
  const tree = markdownToMdast(markdown, { features, position: false });
  const blocks = 'children' in tree ? tree.children.map((block) => textOf(block as MdastNode)) : [];
  return markdown.trim() ? `${lead}${blocks.join('\n\n')}${trail}` : markdown;
}

function headingsOf(tree: MdastNode): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  walk(tree, (node) => {
    if (node.type !== 'heading') return;
    const text = textOf(node);
    headings.push({ depth: node.depth, text, slug: slugger.slug(text), line: node.position?.start.line ?? 1 });
  });
  return headings;
}

function componentsOf(tree: MdastNode): ComponentUse[] {
  const components: ComponentUse[] = [];
  walk(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
      components.push({ name: node.name, line: node.position?.start.line ?? 1 });
    }
  });
  return components;
}

/** Text content, as the renderer's heading ids read it: text, code and HTML, without markup. */
function textOf(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as MdastNode)).join('') : '';
}

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as MdastNode, visit);
}

/** The parser says `3:1: Expected a closing tag for <Foo> (3:1) (mdx-jsx:…)`; lines are the body's. */
function syntaxErrorOf(error: unknown, bodyLine: number): { line: number; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):\d+:\s*(.*?)(?:\s*\(\d+:\d+\))?(?:\s*\([\w:-]+\))?$/s.exec(text);
  return { line: bodyLine + Number(match?.[1] ?? 1) - 1, message: (match?.[2] ?? text).replace(/`/g, '').replace(/\s*\(\d+:\d+\)/g, '') };
}
