// Serves dist/ on 127.0.0.1 and drives Debian's Chromium with playwright-core (which cannot
// download a browser here). CHROME_PATH overrides the browser's location.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.csv': 'text/csv', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

export interface Site {
  origin: string;
  close(): Promise<void>;
}

/**
 * The headers dist/_headers gives every path (`/*`), as a host that reads the file sends them, so
 * the browser tests run under the header Content-Security-Policy as well as each page's <meta>.
 */
export function siteHeaders(): Record<string, string> {
  const file = join(dist, '_headers');
  if (!existsSync(file)) throw new Error('dist/ has no _headers: the build writes it (src/integrations/security-headers.ts).');
  const block = /^\/\*\n((?:[ \t]+.*\n?)*)/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return Object.fromEntries(block.split('\n').filter((line) => line.trim()).map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
  }));
}

/** A static file server for dist/, on a free loopback port, sending the headers of dist/_headers. */
export async function serveSite(): Promise<Site> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ has no built site: run `npm test` (it builds first).');
  const headers = siteHeaders();
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      createReadStream(join(dist, '404.html')).pipe(response);
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Headless Debian Chromium; fails with the fix when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install it with "apt-get install -y chromium" or set CHROME_PATH.`);
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The served site and a browser for one test file, started before its tests and closed after. */
export function useSiteInBrowser(): { readonly origin: string; readonly browser: Browser } {
  let site: Site | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveSite();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get origin() {
      if (!site) throw new Error('the site is not served yet');
      return site.origin;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started yet');
      return browser;
    },
  };
}
