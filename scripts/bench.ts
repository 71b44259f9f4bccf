// `npm run bench`: prints figures anyone can rerun — build time, page count, weights of the
// built site, and what a reader downloads for a page before and after starting a search.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const astro = join(root, 'node_modules', '.bin', 'astro');

const started = performance.now();
execFileSync(astro, ['build'], { cwd: root, stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
const all = files(dist);
const size = (list: string[]) => list.reduce((sum, file) => sum + statSync(file).size, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const html = all.filter((file) => file.endsWith('.html'));
const pageWeight = (path: string) => {
  const text = readFileSync(join(dist, path), 'utf8');
  const assets = [...text.matchAll(/(?:src|href)="\/(_astro\/[^"]+)"/g)].map((match) => join(dist, match[1] ?? ''));
  return statSync(join(dist, path)).size + size([...new Set(assets)]);
};

console.log(`build: ${buildSeconds.toFixed(1)} s (astro build, content check and search index)`);
console.log(`pages: ${html.length} HTML files; whole site ${kb(size(all))}, of which search index ${kb(size(all.filter((file) => file.includes('/pagefind/'))))}`);
for (const path of ['index.html', 'policies/infinera-partner-code/index.html', 'reports/2014/index.html', 'smelters/index.html']) {
  console.log(`page weight before any search: ${path} ${kb(pageWeight(path))} (HTML + CSS + JS)`);
}
const scripts = all.filter((file) => file.endsWith('.js') && file.includes('/_astro/'));
console.log(`site JavaScript (all of it, loaded only where used): ${kb(size(scripts))} in ${scripts.length} files`);
