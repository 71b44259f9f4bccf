import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';

const env = useSiteInBrowser();

const pages = [
  '/',
  '/policies/',
  '/policies/infinera-partner-code/',
  '/policies/juniper-partner-code/',
  '/policies/conflict-minerals-policy/',
  '/topics/',
  '/topics/bribery-and-gifts/',
  '/reports/',
  '/reports/2013/',
  '/reports/2014/',
  '/smelters/',
  '/smelters/gold-jsc-uralelectromed/',
  '/compare/',
  '/compare/2013-2014/',
  '/trends/',
  '/glossary/',
  '/news/2014-05-20-bics-infinera-award/',
  '/search/?q=gold',
  '/no-such-page/',
];

describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  it.each(pages.flatMap((path) => [[path, 'light'], [path, 'dark']] as const))('%s in %s mode has no violations', async (path, colorScheme) => {
    const context = await env.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${env.origin}${path}`);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
    await context.close();
  });
});

describe('the smelter table', () => {
  it('is complete without JavaScript, and the filters narrow it with JavaScript', async () => {
    const noJs = await env.browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${env.origin}/reports/2014/`);
    const allRows = await plain.locator('table[id^="smelters-"] tbody tr').count();
    expect(await plain.isVisible('[data-table-controls]')).toBe(false);
    await noJs.close();

    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/reports/2014/`);
    expect(await page.locator('table[id^="smelters-"] tbody tr:visible').count()).toBe(allRows);
    await page.selectOption('[data-filter="metal"]', 'Tungsten');
    const tungsten = await page.locator('table[id^="smelters-"] tbody tr:visible').count();
    expect(tungsten).toBeGreaterThan(0);
    expect(tungsten).toBeLessThan(allRows);
    expect(await page.locator('table[id^="smelters-"] tbody tr:visible td:nth-child(2)').allTextContents()).toEqual(Array(tungsten).fill('Tungsten'));
    await page.fill('[data-filter="facility"]', 'Starck');
    expect(await page.locator('table[id^="smelters-"] tbody tr:visible').count()).toBeLessThan(tungsten);
    await page.close();
  });

  it('sorts by a column when its header button is pressed', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/reports/2013/`);
    await page.click('table[id^="smelters-"] thead th:nth-child(3) button');
    const names = await page.locator('table[id^="smelters-"] tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(await page.getAttribute('table[id^="smelters-"] thead th:nth-child(3)', 'aria-sort')).toBe('ascending');
    await page.close();
  });
});

describe('print', () => {
  it('prints a policy without navigation, with its address', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/policies/infinera-partner-code/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('.toc')).toBe(false);
    expect(await page.textContent('.print-only')).toContain('/policies/infinera-partner-code/');
    await page.close();
  });
});
