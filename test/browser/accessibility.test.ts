import { describe, expect, it } from 'vitest';
import { builtSample } from '../site/built-site.ts';
import { checkEachPage, isDocumentPage } from './axe.ts';
import { useSiteInBrowser } from './browser.ts';

const env = useSiteInBrowser();

// A sample of each kind of page covering all the markup of its kind (test/support/page-sample.ts;
// every page gets html-validate's checks in test/site/html-validate.test.ts), plus the search page
// showing results (a state no file holds). The documents among them are checked in
// accessibility-documents.test.ts, the rest here.
describe('accessibility (axe, WCAG 2.2 A and AA) of every kind of page but documents', () => {
  checkEachPage(env, [...builtSample().filter((path) => !isDocumentPage(path)), '/search/?q=gold']);
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
