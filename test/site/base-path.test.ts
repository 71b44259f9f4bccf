// The site must work under a sub-path (a GitHub project page): build a copy with BASE_PATH=/sub
// and check that no link, script, style or form points outside it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuildEnv, copyProject } from './built-site.ts';
import { linkChecker } from './links.ts';

const copy = copyProject('base-path-');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? (entry.name === 'pagefind' ? [] : files(join(dir, entry.name))) : [join(dir, entry.name)]));

beforeAll(() => {
  execFileSync(join(copy, 'node_modules', '.bin', 'astro'), ['build'], { cwd: copy, stdio: 'pipe', env: astroBuildEnv({ BASE_PATH: '/sub', SITE_URL: 'https://example.github.io' }) });
}, 120_000);

describe('built under BASE_PATH=/sub', () => {
  it('has no root-relative address outside /sub in any page, script or download', () => {
    const outside = files(join(copy, 'dist')).flatMap((file) => {
      if (!/\.(html|js|json|css)$/.test(file)) return [];
      const text = readFileSync(file, 'utf8');
      const found = text.match(/(?:href|src|action)=\\?["']\/(?!\/|sub\/)[^"'\\]*/g) ?? [];
      return found.map((match) => `${file.slice(copy.length)}: ${match}`);
    });
    expect(outside).toEqual([]);
  });

  it('resolves every internal link and #fragment inside /sub', () => {
    const { pages, check } = linkChecker(join(copy, 'dist'));
    expect(pages.flatMap(check)).toEqual([]);
  }, 60_000);

  it('gives the sitemap, robots.txt, feed and canonical links addresses under /sub', () => {
    const read = (path: string) => readFileSync(join(copy, 'dist', path), 'utf8');
    expect(read('robots.txt')).toContain('Sitemap: https://example.github.io/sub/sitemap-index.xml');
    expect(read('sitemap-index.xml')).toContain('<loc>https://example.github.io/sub/sitemap-0.xml</loc>');
    expect(read('sitemap-0.xml')).toContain('<loc>https://example.github.io/sub/reports/2013/</loc>');
    expect(read('feed.xml')).toContain('<link>https://example.github.io/sub/reports/2013/</link>');
    expect(read('reports/2013/index.html')).toContain('<link rel="canonical" href="https://example.github.io/sub/reports/2013/">');
    expect(read('reports/2013/index.html')).toContain('<meta property="og:image" content="https://example.github.io/sub/og-image.png">');
  });

  it('links content clauses and topic pages inside /sub', () => {
    const topic = readFileSync(join(copy, 'dist', 'topics', 'conflict-minerals', 'index.html'), 'utf8');
    expect(topic).toContain('href="/sub/reports/2013/#conflict-minerals-policy"');
  });
});
