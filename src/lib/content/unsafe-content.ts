import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import type { ContentProblem } from './content-problem.ts';

/**
 * Tags that run code, load another page or site into this one, or change how the page's links
 * and styles work. Content is text, links, images and the site's own components, never these.
 */
const forbiddenTags: Record<string, string> = {
  script: 'runs code in the reader’s browser',
  iframe: 'loads another page into this one',
  frame: 'loads another page into this one',
  frameset: 'loads other pages into this one',
  object: 'embeds a plugin or another page',
  embed: 'embeds a plugin or another page',
  applet: 'runs a Java applet',
  style: 'restyles the whole site',
  link: 'loads a file into the page',
  meta: 'can redirect the reader or change the page’s settings',
  base: 'changes where every link on the page goes',
  form: 'can send what readers type to another site',
};

/** Address schemes that run code (`javascript:`, `vbscript:`) or carry a whole page or file inside the link (`data:`). */
const unsafeScheme = /^(javascript|vbscript|data):/;

/** Attributes that hold an address. */
const urlAttribute = /^(href|src|srcset|action|formaction|data|poster|cite|background|ping|xlink:href|[a-z]*(url|href|src))$/i;

/**
 * Finds everything in a Markdown/MDX body that could run code on the published site: raw
 * `<script>` and other forbidden tags, event-handler attributes (`onerror=`, `onClick=` …),
 * `javascript:`/`vbscript:`/`data:` addresses in links, images and attributes, and MDX code
 * (`{…}` expressions, `import`/`export` lines). Code blocks and inline code are text, so a
 * `<script>` shown in backticks is fine. `bodyLine` is the file line the body starts on.
 */
export function findUnsafeContent(file: string, body: string, bodyLine = 1): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (node: MdastNode, offset = 0) => (node.position?.start.line ?? 1) + bodyLine - 1 + offset;
  const report = (line: number, message: string, fix: string) => problems.push({ file, line, message, fix });
  let tree: MdastNode;
  try {
    tree = file.endsWith('.md') ? markdownToMdast(body) : mdxToMdast(body);
  } catch (error) {
    const [, line, reason] = /^(\d+):\d+: ([\s\S]*)$/.exec(String((error as Error).message)) ?? [];
    report(line ? Number(line) + bodyLine - 1 : bodyLine, `the text cannot be read as MDX (${(reason ?? String(error)).replace(/\s*\([\w:-]+\)$/, '')})`, 'write a tag as <Name /> or <tag>…</tag>, a link as [text](https://…), and \\{ or \\< for a literal brace or angle bracket');
    return problems;
  }

  const checkTag = (name: string, attributes: { name: string; value?: string; expression?: boolean }[], line: number) => {
    const harm = forbiddenTags[name.toLowerCase()];
    if (harm) report(line, `the text contains ${/^[aeiou]/i.test(name) ? 'an' : 'a'} <${name}> tag, which ${harm}`, `remove the <${name}> tag; content may only be text, links, images and the site’s components`);
    for (const attribute of attributes) {
      if (/^on/i.test(attribute.name)) {
        report(line, `the <${name}> tag has an event-handler attribute "${attribute.name}", which runs code`, `remove ${attribute.name}=… from the tag`);
      } else if (attribute.expression) {
        report(line, `the <${name}> tag has a {…} code expression${attribute.name ? ` as its "${attribute.name}" value` : ''}`, attribute.name ? `write the value in quotes instead, e.g. ${attribute.name}="…"` : 'remove the {…} from the tag');
      } else if (attribute.value !== undefined && urlAttribute.test(attribute.name)) {
        checkUrl(attribute.value, line);
      }
    }
  };
  const checkUrl = (url: string, line: number) => {
    // Browsers ignore spaces, tabs and line breaks inside an address, so "java script:" still runs.
    const scheme = unsafeScheme.exec(url.replace(/[\u0000-\u0020]/g, '').toLowerCase())?.[1];
    if (scheme) report(line, `the address "${url.length > 60 ? `${url.slice(0, 57)}…` : url}" starts with ${scheme}:, which ${scheme === 'data' ? 'hides a whole file or page inside the link' : 'runs code when clicked'}`, 'link to a web address starting with https:// or to a page of this site starting with /');
  };

  const visit = (node: MdastNode) => {
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkTag(node.name ?? '', node.attributes.map((attribute) => (attribute.type === 'mdxJsxExpressionAttribute' ? { name: '', expression: true } : { name: attribute.name, value: typeof attribute.value === 'string' ? attribute.value : undefined, expression: typeof attribute.value === 'object' && attribute.value !== null })), at(node));
        break;
      case 'link':
      case 'image':
      case 'definition':
        checkUrl(node.url, at(node));
        break;
      case 'html':
        for (const tag of htmlTags(node.value)) checkTag(tag.name, tag.attributes, at(node, tag.lineOffset));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) report(at(node), 'the text contains a {…} code expression', 'remove the braces, or write \\{ and \\} to show braces as text');
        break;
      case 'mdxjsEsm':
        report(at(node), 'the text contains an import or export line, which runs code when the site is built', 'remove the line; the site’s components such as <SmelterTable /> need no import');
        break;
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(tree);
  return problems;
}

/** Opening tags in raw HTML (Markdown files only: MDX has JSX instead), with their attributes. */
function htmlTags(html: string): { name: string; attributes: { name: string; value: string }[]; lineOffset: number }[] {
  return [...html.matchAll(/<([a-z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gi)].map((match) => ({
    name: match[1] ?? '',
    attributes: [...(match[2] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)].map(([, name = '', value = '']) => ({ name, value: decodeReferences(value.replace(/^(["'])([\s\S]*)\1$/, '$2')) })),
    lineOffset: html.slice(0, match.index).split('\n').length - 1,
  }));
}

/** Character references a browser decodes in an attribute before reading it as an address (`&#106;avascript:`). */
function decodeReferences(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, ' ');
}
