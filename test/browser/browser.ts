// Serves dist/ on 127.0.0.1 and drives Debian's Chromium with playwright-core (which cannot
// download a browser here). CHROME_PATH overrides the browser's location.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.csv': 'text/csv', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

/**
 * An empty page on the site's own origin, for tabs between tests: leaving a page for about:blank
 * would cost a new renderer process for the next page (see TabOptions).
 */
const BLANK = '/__blank__/';

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
    if (request.url === BLANK) {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      // The site's icon, as on every page: with none, Chromium asks for /favicon.ico, and the 404
      // could arrive after the next test has started listening for console errors.
      response.end('<!doctype html><title>blank</title><link rel="icon" href="/favicon.svg" type="image/svg+xml">');
      return;
    }
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

/**
 * What the browser complains about in a tab from now on, one line each: console errors and
 * warnings (Chromium logs every Content-Security-Policy violation there, naming the directive)
 * and uncaught exceptions. The listeners last until the next `env.tab()`, which removes them.
 */
export function recordProblems(page: Page): () => string[] {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') logged.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => logged.push(`uncaught: ${error.message}`));
  return () => [...logged];
}

/**
 * What a test asks of its tab. The context options (JavaScript, phone emulation, CSP bypass) pick
 * which reused tab it gets; viewport (default 1280 × 720) and colour scheme (default light) are
 * set on it.
 *
 * Why tabs are reused: on a 2-core machine a new page costs Chromium about 1.5 s of CPU (a new
 * renderer process, and the browser's side of a new context), a navigation in an open tab about
 * 0.4 s. Browser tests were most of `npm test`'s time (docs/testing.md).
 */
export interface TabOptions extends Pick<BrowserContextOptions, 'javaScriptEnabled' | 'isMobile' | 'hasTouch' | 'bypassCSP'> {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

export interface SiteInBrowser {
  readonly origin: string;
  readonly browser: Browser;
  /**
   * A tab for one test, as a fresh one would be: it shows an empty page of the site, with no
   * listeners, routes, cookies or stored data left from the test before, and the print emulation
   * off. The file's tests run one at a time, so one tab per kind of context is enough; a test
   * must not close it. Init scripts stay on a tab: a test that adds one uses a context of its own.
   */
  tab(options?: TabOptions): Promise<Page>;
}

/** The served site and a browser for one test file, started before its tests and closed after. */
export function useSiteInBrowser(): SiteInBrowser {
  let site: Site | undefined;
  let browser: Browser | undefined;
  const tabs = new Map<string, Page>();
  beforeAll(async () => {
    site = await serveSite();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const env: SiteInBrowser = {
    get origin() {
      if (!site) throw new Error('the site is not served yet');
      return site.origin;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started yet');
      return browser;
    },
    async tab({ viewport = { width: 1280, height: 720 }, colorScheme = 'light', ...contextOptions } = {}) {
      const key = JSON.stringify(contextOptions);
      let page = tabs.get(key);
      if (!page || page.isClosed()) {
        page = await (await env.browser.newContext({ ...contextOptions, viewport, colorScheme })).newPage();
        tabs.set(key, page);
      } else {
        page.removeAllListeners();
        await page.unrouteAll({ behavior: 'ignoreErrors' });
        await page.context().clearCookies();
        await page.setViewportSize(viewport);
      }
      // Leaves the last test's page (its timers and requests stop) for an empty one of the same origin.
      await page.goto(`${env.origin}${BLANK}`);
      // A page without JavaScript stores nothing (and Playwright cannot evaluate in it).
      if (contextOptions.javaScriptEnabled !== false) {
        await page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
      }
      await page.emulateMedia({ media: null, colorScheme, reducedMotion: null });
      return page;
    },
  };
  return env;
}
