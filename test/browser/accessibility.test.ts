import { describe, expect, it } from 'vitest';
import { builtSample } from '../site/built-site.ts';
import { colourRules, violationsOn } from './axe.ts';
import { useSiteInBrowser } from './browser.ts';

const env = useSiteInBrowser();

// A sample of each kind of page covering all the markup of its kind (test/support/page-sample.ts;
// every page gets html-validate's checks in test/site/html-validate.test.ts), plus the search page
// showing results (a state no file holds), each checked with all of axe's WCAG rules in the light
// colour scheme and with its colour rules in the dark one: dark mode changes colour tokens and
// nothing else (test/site/colour-schemes.test.ts fails if that stops being true). One tab, one
// page at a time: the runs are CPU work, and concurrent tabs only shared the same cores at a cost.
const pages = [...builtSample(), '/search/?q=gold'];

describe('accessibility (axe, WCAG 2.2 A and AA) of every kind of page', () => {
  it.each(pages)('%s has no violations in light or dark mode', async (path) => {
    const tab = await env.tab();
    await tab.goto(`${env.origin}${path}`);
    if (path.includes('?q=')) await tab.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('result'));
    const light = await violationsOn(tab);
    await tab.emulateMedia({ colorScheme: 'dark' });
    const dark = await violationsOn(tab, colourRules);
    expect({ light, dark }).toEqual({ light: [], dark: [] });
  });
});

describe('the smelter table', () => {
  it('is complete without JavaScript, and the filters narrow it with JavaScript', async () => {
    const plain = await env.tab({ javaScriptEnabled: false });
    await plain.goto(`${env.origin}/reports/2014/`);
    const allRows = await plain.locator('table[id^="smelters-"] tbody tr').count();
    expect(await plain.isVisible('[data-table-controls]')).toBe(false);

    const page = await env.tab();
    await page.goto(`${env.origin}/reports/2014/`);
    expect(await page.locator('table[id^="smelters-"] tbody tr:visible').count()).toBe(allRows);
    await page.selectOption('[data-filter="metal"]', 'Tungsten');
    await page.waitForSelector('[data-table][data-enhanced]'); // the choice loads the table's code, which applies it
    const tungsten = await page.locator('table[id^="smelters-"] tbody tr:visible').count();
    expect(tungsten).toBeGreaterThan(0);
    expect(tungsten).toBeLessThan(allRows);
    expect(await page.locator('table[id^="smelters-"] tbody tr:visible td:nth-child(2)').allTextContents()).toEqual(Array(tungsten).fill('Tungsten'));
    await page.fill('[data-filter="facility"]', 'Starck');
    expect(await page.locator('table[id^="smelters-"] tbody tr:visible').count()).toBeLessThan(tungsten);
  });

  it('sorts by a column when its header button is pressed', async () => {
    const page = await env.tab();
    await page.goto(`${env.origin}/reports/2013/`);
    // The table's code loads as the table nears the screen (src/client/table-bootstrap.ts).
    await page.locator('table[id^="smelters-"]').scrollIntoViewIfNeeded();
    await page.click('table[id^="smelters-"] thead th:nth-child(3) button');
    const names = await page.locator('table[id^="smelters-"] tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(await page.getAttribute('table[id^="smelters-"] thead th:nth-child(3)', 'aria-sort')).toBe('ascending');
  });
});

describe('print', () => {
  it('prints a policy without navigation, with its address', async () => {
    const page = await env.tab();
    await page.goto(`${env.origin}/policies/infinera-partner-code/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('.toc')).toBe(false);
    expect(await page.textContent('.print-only')).toContain('/policies/infinera-partner-code/');
  });
});
