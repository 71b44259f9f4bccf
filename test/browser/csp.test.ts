// The Content-Security-Policy in a real browser: it is sent, every script (search, table
// controls, compare picker) works under it with nothing blocked, and code injected into a page
// does not run and is reported. That every kind of page loads under it with no violation and no
// console error is checked where axe opens the sample of each kind of page (test/browser/axe.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dist } from '../site/built-site.ts';
import { recordProblems, siteHeaders, useSiteInBrowser } from './browser.ts';

const env = useSiteInBrowser();

interface Watched {
  page: Page;
  /** Console errors and warnings, uncaught exceptions, and CSP violations (`directive blocked-uri`). */
  problems: () => Promise<string[]>;
}

const watching = new WeakSet<Page>();

/** A tab that records everything the browser complains about, including `securitypolicyviolation` events. */
async function watchedPage(): Promise<Watched> {
  const page = await env.tab();
  const logged = recordProblems(page);
  // The reused tab keeps its init script: added once, it records on every page the tab opens.
  if (!watching.has(page)) {
    watching.add(page);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
  }
  const problems = async () => {
    const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    return [...violations.map((violation) => `violation: ${violation}`), ...logged()];
  };
  return { page, problems };
}

describe('the Content-Security-Policy in Chromium', () => {
  it('is sent as a header and in the page, with frame ancestors denied by the header', async () => {
    const { page } = await watchedPage();
    const response = await page.goto(`${env.origin}/`);
    const header = response?.headers()['content-security-policy'] ?? '';
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).toContain("object-src 'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('lets the header search box load Pagefind (WebAssembly) and show results', async () => {
    const { page, problems } = await watchedPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${env.origin}/policies/infinera-partner-code/`);
    await page.focus('#site-search');
    await page.keyboard.type('gold');
    await page.locator('#header-search-results [role="option"]').first().waitFor();
    expect(await page.locator('#header-search-results [role="option"]').count()).toBeGreaterThan(1);
    // Pagefind runs in the page (noWorker): its worker would cost another 12 KB.
    expect(requests).not.toContain('/pagefind/pagefind-worker.js');
    expect(requests.some((path) => /^\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(path))).toBe(true);
    expect(await problems()).toEqual([]);
  });

  it('lets the search page find, filter and show excerpts', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${env.origin}/search/?q=tantalum`);
    await page.waitForFunction(() => /\d+ result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    const status = await page.locator('[data-search-status]').textContent();
    await page.locator('[data-filters] input[type="checkbox"]').first().check();
    await page.waitForFunction((before) => document.querySelector('[data-search-status]')?.textContent !== before, status);
    expect(await problems()).toEqual([]);
  });

  it('lets the smelter table filter and sort', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${env.origin}/reports/2014/`);
    const rows = page.locator('[data-table] tbody tr:not([hidden])');
    const before = await rows.count();
    // Chosen before the table's code has arrived: it loads on the choice and applies it.
    await page.selectOption('[data-filter="metal"]', 'Gold');
    await page.waitForSelector('[data-table][data-enhanced]');
    expect(await rows.count()).toBeLessThan(before);
    await page.locator('th[data-sort] button').nth(2).click();
    await page.fill('[data-filter="facility"]', 'a');
    expect(await problems()).toEqual([]);
  });

  it('lets the compare picker choose two years', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${env.origin}/compare/`);
    const submit = page.locator('[data-compare-form] [type="submit"]').first();
    await Promise.all([page.waitForURL(/\/compare\/\d{4}-\d{4}\//), submit.click()]);
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
  });

  it('blocks script, event handlers, javascript: links, frames, objects and style attributes that slip into a page, and reports each', async () => {
    const original = readFileSync(join(dist, 'policies', 'infinera-partner-code', 'index.html'), 'utf8');
    const injected = [
      '<script>window.ran = [...(window.ran ?? []), "script"]</script>',
      '<img src="/no-such-image.png" onerror="window.ran = [...(window.ran ?? []), \'onerror\']" alt="">',
      '<a id="javascript-link" href="javascript:window.ran = [...(window.ran ?? []), \'javascript:\']">link</a>',
      '<iframe src="/favicon.svg" title="frame"></iframe>',
      '<object data="/favicon.svg" type="image/svg+xml" aria-label="object"></object>',
      '<p id="styled" style="color: rgb(255, 0, 0)">styled</p>',
      '<img id="remote" src="https://example.com/pixel.png" alt="">',
    ].join('');
    const html = original.replace('</main>', `${injected}</main>`);
    expect(html).not.toBe(original);
    const { page, problems } = await watchedPage();
    await page.route(`${env.origin}/injected/`, (route) => route.fulfill({ status: 200, headers: { ...siteHeaders(), 'Content-Type': 'text/html; charset=utf-8' }, body: html }));
    await page.goto(`${env.origin}/injected/`);
    await page.waitForLoadState('networkidle');
    await page.click('#javascript-link');
    await page.waitForTimeout(0);
    expect(await page.evaluate(() => (window as unknown as { ran?: string[] }).ran ?? [])).toEqual([]);
    expect(await page.locator('#styled').evaluate((element) => getComputedStyle(element).color)).not.toBe('rgb(255, 0, 0)');
    const directives = new Set((await problems()).filter((line) => line.startsWith('violation:')).map((line) => line.split(' ')[1]));
    expect([...directives].sort()).toEqual(['frame-src', 'img-src', 'object-src', 'script-src-attr', 'script-src-elem', 'style-src-attr']);
  });
});
