// Phone widths: no page scrolls sideways, the header search's list stays on screen, and long pages
// offer their contents near the top and a way back up.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { violationsOn } from './axe.ts';
import { useSiteInBrowser } from './browser.ts';

const env = useSiteInBrowser();
const dist = join(import.meta.dirname, '..', '..', 'dist');
const pagesUnder = (folder: string) =>
  readdirSync(join(dist, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/${folder}/${entry.name}/`);

// Every kind of page, and every policy and report (the pages with the longest words and tables).
const pages = [
  '/',
  '/policies/',
  ...pagesUnder('policies'),
  '/topics/',
  '/checklist/',
  pagesUnder('topics')[0],
  '/reports/',
  ...pagesUnder('reports'),
  '/compare/',
  pagesUnder('compare')[0],
  '/trends/',
  '/smelters/',
  '/smelters/gold-jsc-uralelectromed/',
  '/news/',
  pagesUnder('news')[0],
  '/search/?q=gold',
  '/no-such-page/',
].filter((path): path is string => path !== undefined);
const widths = [320, 390];

describe('phone widths', () => {
  // One load per page, on a touch phone 390 px wide: then the page is laid out again at each width,
  // as a phone turned or a window resized would be, and measured at each.
  it.each(pages)(`on a touch phone, every link and button on %s is a big enough target (WCAG 2.5.8), and at ${[...widths].reverse().join(' and ')} px the page is no wider than the screen`, async (path) => {
    // bypassCSP: the style below shows blocks the browser would only lay out on scrolling near them.
    const page = await env.tab({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true, bypassCSP: true });
    await page.goto(`${env.origin}${path}`);
    if (path.startsWith('/search/')) await page.waitForSelector('[data-search-results] > li');
    await page.addStyleTag({ content: '.render-when-near { content-visibility: visible !important; }' });
    expect(await violationsOn(page, ['target-size'])).toEqual([]);
    for (const width of [...widths].reverse()) {
      await page.setViewportSize({ width, height: 800 });
      const wide = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        // What sticks out, for the failure message.
        culprits: Array.from(document.querySelectorAll('body *'))
          .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !element.closest('.table-scroll'))
          .slice(0, 3)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`),
      }));
      expect(wide.page, `at ${width} px: ${wide.culprits.join(' | ')}`).toBeLessThanOrEqual(width);
    }
  });

  it.each(widths)('at %i px, a table wider than the screen scrolls in its own labelled box, its caption on screen', async (width) => {
    const page = await env.tab({ viewport: { width, height: 800 } });
    await page.goto(`${env.origin}/smelters/gold-jsc-uralelectromed/`);
    const box = page.locator('.table-scroll', { has: page.locator('caption') }).first();
    // A <section> with an accessible name is a region landmark.
    expect(await box.evaluate((element) => element.tagName)).toBe('SECTION');
    expect(await box.getAttribute('tabindex')).toBe('0');
    const label = await box.getAttribute('aria-labelledby');
    expect(await page.textContent(`#${label}`)).toMatch(/How each year’s filing lists/);
    const caption = await page.locator(`#${label}`).boundingBox();
    expect((caption?.x ?? -1) >= 0 && (caption?.x ?? 0) + (caption?.width ?? Infinity) <= width).toBe(true);
  });

  it.each(widths)('at %i px, header and footer backgrounds span the screen', async (width) => {
    const page = await env.tab({ viewport: { width, height: 800 } });
    await page.goto(`${env.origin}/reports/2014/`);
    for (const selector of ['.site-header', '.site-footer']) {
      const box = await page.locator(selector).boundingBox();
      expect([box?.x, box?.width]).toEqual([0, width]);
    }
  });

  it.each(widths)('at %i px, the header search list stays on screen', async (width) => {
    const page = await env.tab({ viewport: { width, height: 800 } });
    await page.goto(`${env.origin}/reports/2014/`);
    await page.focus('#site-search');
    await page.keyboard.type('gold');
    await page.waitForSelector('#header-search-results [role="option"]');
    const box = await page.locator('#header-search-results').boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(width);
  });

  it.each(widths)('at %i px, the 2014 report offers its contents near the top, and they reach the smelter table', async (width) => {
    const page = await env.tab({ viewport: { width, height: 800 } });
    await page.goto(`${env.origin}/reports/2014/`);
    const contents = page.locator('details.toc-top');
    expect(await contents.isVisible()).toBe(true);
    // Within the first two screens (the smelter table itself starts thousands of pixels down).
    expect((await contents.boundingBox())?.y).toBeLessThan(1600);
    expect(await page.isVisible('.toc-side nav')).toBe(false);
    await contents.locator('summary').click();
    const tableLink = contents.locator('a', { hasText: /Smelters or Refineries/ }).first();
    await tableLink.click();
    const target = decodeURIComponent((await tableLink.getAttribute('href')) ?? '#none');
    const top = await page.evaluate((id) => document.getElementById(id.slice(1))?.getBoundingClientRect().top, target);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
  });

  it('at 320 px, "Back to top" ends a long page and returns to its top', async () => {
    const page = await env.tab({ viewport: { width: 320, height: 800 } });
    await page.goto(`${env.origin}/policies/juniper-partner-code/`);
    await page.locator('.back-to-top a').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    await page.click('.back-to-top a');
    await page.waitForFunction(() => window.scrollY === 0);
  });

  it('on a desktop, the contents are the sidebar and the collapsed copy is not shown', async () => {
    const page = await env.tab({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.origin}/reports/2014/`);
    expect(await page.isVisible('details.toc-top')).toBe(false);
    expect(await page.isVisible('.toc-side nav')).toBe(true);
  });
});
