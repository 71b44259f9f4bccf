// What a reader's browser loads: for each page, the bytes (gzip, as served) and elements before
// any interaction, and the JavaScript among them; for a search, the bytes and time it takes.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!existsSync(chromePath)) throw new Error(`No Chromium at ${chromePath}: install it ("apt-get install -y chromium") or set CHROME_PATH.`);
  return chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
}

export interface PageFigures {
  path: string;
  /** HTML + CSS + JS (+ anything else) loaded before interaction, gzip bytes. */
  gzipBytes: number;
  /** The JavaScript among them, gzip bytes, and its files. */
  scriptBytes: number;
  scripts: string[];
  elements: number;
}

export interface SearchFigures {
  query: string;
  /** Bytes of search code and index (Pagefind's and the facility names') fetched for the query (gzip where compressible), on a cold cache. */
  bytes: number;
  requests: number;
  /** Each file fetched for the search with its bytes, largest first. */
  files: { path: string; bytes: number }[];
  /** From opening /search/?q=… to the first result on screen, ms (on a shared, busy CPU: pessimistic). */
  ms: number;
  results: number;
}

/** Bytes as transferred: text gzip-compressed (as the bench server and static hosts send it); Pagefind's files are already compressed. */
async function transferred(response: Response): Promise<number> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const type = response.headers()['content-type'] ?? '';
  return /text|javascript|json|xml|svg/.test(type) ? gzipSync(body).length : body.length;
}

async function recordResponses(page: Page): Promise<Response[]> {
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  return responses;
}

export async function measurePage(browser: Browser, origin: string, path: string): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const responses = await recordResponses(page);
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(responses.map(async (response) => ({ url: response.url(), bytes: await transferred(response), script: response.request().resourceType() === 'script' })));
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  // Scripts written into the HTML (Astro inlines small ones) count as JavaScript too.
  const inline = await page.$$eval('script:not([src])', (nodes) => nodes.filter((node) => !/json/.test(node.getAttribute('type') ?? '')).map((node) => node.textContent ?? ''));
  await context.close();
  const scripts = [...sizes.filter((item) => item.script).map((item) => ({ name: new URL(item.url).pathname, bytes: item.bytes })), ...inline.map((code) => ({ name: '(inline in the HTML)', bytes: gzipSync(code).length }))];
  return {
    path,
    gzipBytes: sizes.reduce((sum, item) => sum + item.bytes, 0),
    scriptBytes: scripts.reduce((sum, item) => sum + item.bytes, 0),
    scripts: scripts.map((item) => item.name),
    elements,
  };
}

export async function measureSearch(browser: Browser, origin: string, query: string): Promise<SearchFigures> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const responses = await recordResponses(page);
  const started = performance.now();
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /result/i.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 120_000 });
  const ms = performance.now() - started;
  await page.waitForLoadState('networkidle');
  const results = await page.locator('[data-search-results] > li').count();
  // Pagefind's code and index, and the shard of facility names (src/lib/domain/facility-search.ts).
  const search = responses.filter((response) => /\/pagefind\/|\/search\/(facilities|pages)\//.test(new URL(response.url()).pathname));
  const files = await Promise.all(search.map(async (response) => ({ path: new URL(response.url()).pathname, bytes: await transferred(response) })));
  await context.close();
  files.sort((a, b) => b.bytes - a.bytes);
  return { query, bytes: files.reduce((sum, file) => sum + file.bytes, 0), requests: files.length, files, ms, results };
}
