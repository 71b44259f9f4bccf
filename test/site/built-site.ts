// Helpers for tests that read the built site in dist/ (built by `npm test` before vitest runs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addressOf, sampleOfEachKind } from '../support/page-sample.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const dist = join(projectRoot, 'dist');

if (!existsSync(join(dist, 'index.html'))) {
  throw new Error('dist/ has no built site: run `npm test` (it builds first) or `npm run build`.');
}

/** The HTML of a page, by its URL path (`/reports/2013/`). */
export function page(path: string): string {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return readFileSync(file, 'utf8');
}

export function exists(path: string): boolean {
  return existsSync(path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path));
}

/** Every built HTML file, as paths relative to dist/. */
export function htmlFiles(dir = dist, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name.endsWith('.html') ? [`${prefix}${entry.name}`] : [];
  });
}

/** Visible text of an HTML fragment: tags removed, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The inside of the page's <main>. */
export function mainOf(html: string): string {
  return /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
}

/** Words for comparing texts: lowercase letters and digits only, quotes and punctuation folded away. */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** The pages the browser checks open: a sample of each kind covering all its markup (test/support/page-sample.ts). */
export function builtSample(): string[] {
  return sampleOfEachKind(htmlFiles().map((file) => ({ address: addressOf(file), html: page(`/${file}`) })));
}

/**
 * A word as typed or shown, for finding it among a page's words: lowercase, without the
 * punctuation around it ("(Metalor)," is "metalor"); '' for punctuation alone ("…").
 */
export function wordKey(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Tags inside running text: a word may begin in one and end in the next ("<ins>http://</ins>www…"). */
const RUNNING_TEXT_TAGS = /<\/?(?:a|abbr|b|cite|code|del|em|i|ins|kbd|mark|q|s|small|span|strong|sub|sup|time|u)\b[^>]*>/g;

let builtWords: Set<string> | undefined;
/**
 * Every word of every built page (wordKey), as a reader sees it: each tag a space, or, for a word
 * split by tags of running text, those tags read as nothing. Two table cells, a term and its
 * definition, list items or a caption and the next line run together are never a word here.
 */
export function builtPageWords(): Set<string> {
  builtWords ??= new Set(
    htmlFiles().flatMap((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      return [...textOf(html).split(' '), ...textOf(html.replace(RUNNING_TEXT_TAGS, '')).split(' ')].map(wordKey);
    }),
  );
  return builtWords;
}

export { astroBuildEnv, copyProject } from './project-copy.ts';
