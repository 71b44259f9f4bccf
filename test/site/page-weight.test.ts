// The byte budgets of issue #13 that do not depend on the machine: what a reader downloads before
// interacting (HTML, its stylesheets and scripts with their static imports, gzip-compressed as a
// static host sends them). `npm run bench` measures the same in a browser, with timings.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dist, page } from './built-site.ts';

/** Files a page loads before interaction: linked stylesheets, module scripts, and what those import statically. */
function loadedFiles(html: string): string[] {
  const found = new Set<string>();
  const add = (path: string) => {
    const file = join(dist, path);
    if (found.has(file) || !existsSync(file)) return;
    found.add(file);
    if (file.endsWith('.js')) {
      const code = readFileSync(file, 'utf8');
      // Static imports only ("import … from './x.js'", "import './x.js'"); import() waits for the reader.
      for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}\s,*$]+from\s*)?["']([^"']+)["']/g)) add(join(dirname(path), match[1] ?? ''));
    }
  };
  for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"|<script[^>]+src="([^"]+)"/g)) add(match[1] ?? match[2] ?? '');
  return [...found];
}

const gzipBytes = (text: string | Buffer) => gzipSync(text).length;

const readingPages = ['/', '/policies/infinera-partner-code/', '/reports/2014/', '/compare/2013-2014/', '/smelters/gold-aida-chemical-industries-co-ltd/', '/news/', '/trends/'];

describe('page weight before interaction (gzip)', () => {
  it.each([
    ['/policies/infinera-partner-code/', 15_000],
    ['/policies/conflict-minerals-policy/', 15_000],
    ['/reports/2014/', 30_000],
    ['/smelters/', 60_000],
  ])('%s stays within %i bytes', (path, budget) => {
    const html = page(path);
    const total = gzipBytes(html) + loadedFiles(html).reduce((sum, file) => sum + gzipBytes(readFileSync(file)), 0);
    expect(total).toBeGreaterThan(1000);
    expect(total).toBeLessThanOrEqual(budget);
  });

  it.each(readingPages)('%s runs only the page bootstrap (≤ 1,500 bytes of JavaScript) before interaction', (path) => {
    const html = page(path);
    const scripts = loadedFiles(html).filter((file) => file.endsWith('.js'));
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(scripts.some((file) => file.includes('BaseLayout'))).toBe(true);
    expect(scripts.filter((file) => /data-table|header-search|pagefind/.test(file))).toEqual([]);
    const bytes = scripts.reduce((sum, file) => sum + gzipBytes(readFileSync(file)), 0) + inline.reduce((sum, code) => sum + gzipBytes(code), 0);
    expect(bytes).toBeLessThanOrEqual(1500);
  });
});
