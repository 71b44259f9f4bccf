// Imports run one way: no module under src/ reaches itself again through its imports (type-only
// and dynamic ones included), and no layer imports one above it (schemas are leaves; pure logic in
// lib/ knows nothing of Astro's data, pages or components), so each module can be read, tested
// and changed from its dependencies up.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

const SOURCE = /\.(ts|mts|js|mjs|astro)$/;
/** `import … from './x'`, `export … from './x'`, `import './x'` at the start of a line, and `import('./x')`. */
const IMPORTS = /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The code of a file that can import: all of a module; an Astro component's frontmatter and scripts. */
function codeOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Each file's imports of other files of the tree (relative paths only: packages cannot import back). */
function importGraph(dir: string): Map<string, string[]> {
  const files = sourceFiles(dir);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = [...codeOf(file).matchAll(IMPORTS)]
      .map((match) => match[1] ?? match[2] ?? match[3] ?? '')
      .filter((path) => path.startsWith('.'))
      .map((path) => resolve(dirname(file), path))
      .map((path) => [path, `${path}.ts`, join(path, 'index.ts')].find((candidate) => known.has(candidate)))
      .filter((path): path is string => path !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The circles of a graph: its strongly connected parts of two files or more, or a file importing itself (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    order.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, order.get(next)!));
    }
    if (low.get(file) !== order.get(file)) return;
    const part: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      part.push(member);
    } while (member !== file);
    if (part.length > 1 || graph.get(file)?.includes(file)) found.push(part.sort());
  };
  for (const file of graph.keys()) if (!order.has(file)) visit(file);
  return found;
}

const named = (dir: string, parts: string[][]) => parts.map((part) => part.map((file) => relative(dir, file).replaceAll('\\', '/'))).sort();

/**
 * What each folder of src/ may import besides itself (relative imports; packages are not
 * counted). Components may read `data/report-on-page.ts`, the page's report handed down through
 * Astro.locals, but fetch nothing.
 */
const LAYERS: Record<string, readonly string[]> = {
  schemas: [],
  lib: ['schemas'],
  client: ['lib', 'schemas'],
  loaders: ['lib', 'schemas'],
  data: ['lib', 'schemas'],
  integrations: ['lib', 'schemas'],
  styles: [],
  components: ['client', 'data/report-on-page.ts', 'lib', 'schemas', 'styles'],
  layouts: ['client', 'components', 'lib', 'schemas', 'styles'],
  pages: ['client', 'components', 'data', 'layouts', 'lib', 'schemas', 'styles'],
};

/** Imports from a folder of src/ into one it may not import (`from → to`). */
function layerBreaches(graph: Map<string, string[]>, src: string): string[] {
  const place = (file: string) => relative(src, file).replaceAll('\\', '/');
  return [...graph].flatMap(([file, targets]) => {
    const from = place(file);
    const allowed = LAYERS[from.split('/')[0]!];
    if (!allowed) return [];
    return targets
      .map(place)
      .filter((to) => to.split('/')[0] !== from.split('/')[0] && !allowed.some((layer) => to === layer || to.startsWith(`${layer}/`)))
      .map((to) => `src/${from} → src/${to}`);
  });
}

describe('layers', () => {
  it('import only the layers below them', () => {
    const src = join(root, 'src');
    const graph = importGraph(src);
    expect(layerBreaches(graph, src)).toEqual([]);
  });

  it('are checked: an import from schemas into lib, or from lib into data, is a breach', () => {
    const src = join(root, 'src');
    const graph = new Map([
      [join(src, 'schemas/a.ts'), [join(src, 'lib/content/b.ts')]],
      [join(src, 'lib/domain/c.ts'), [join(src, 'data/d.ts'), join(src, 'schemas/a.ts')]],
      [join(src, 'components/E.astro'), [join(src, 'data/report-on-page.ts')]],
    ]);
    expect(layerBreaches(graph, src)).toEqual(['src/schemas/a.ts → src/lib/content/b.ts', 'src/lib/domain/c.ts → src/data/d.ts']);
  });
});

describe('import circles', () => {
  it('are found in modules and Astro components: type-only, re-exported, dynamic and script imports count; comments do not', () => {
    const fixtures = join(root, 'test', 'fixtures', 'import-cycles');
    expect(named(fixtures, circles(importGraph(fixtures)))).toEqual([['a.ts', 'b.ts'], ['lazy.ts', 'script-only.ts'], ['page.astro', 'part.astro']]);
  });

  it('are none under src/', () => {
    const graph = importGraph(join(root, 'src'));
    expect(graph.size).toBeGreaterThan(100);
    expect([...graph.values()].flat().length).toBeGreaterThan(200);
    expect(named(root, circles(graph)).map((part) => part.join(' ↔ '))).toEqual([]);
  });
});
