import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSample } from '../site/built-site.ts';
import { useSiteInBrowser } from './browser.ts';

const env = useSiteInBrowser();

// A sample of each kind of page covering all the markup of its kind (test/support/page-sample.ts;
// every page gets html-validate's checks in test/site/html-validate.test.ts), plus the search page
// showing results (a state no file holds), each checked with all of axe's WCAG rules in the light
// colour scheme and with its colour rules in the dark one: dark mode changes colour tokens and
// nothing else (test/site/colour-schemes.test.ts fails if that stops being true). Tests run concurrently (vitest's maxConcurrency, 5 by default) on four reused tabs of
// one browser, each page is loaded once for both schemes, and axe runs in "legacy mode": axe.run
// in the page, instead of opening an extra tab per run to merge per-frame results (no frames here).
const pages = [...builtSample(), '/search/?q=gold'];
const tabCount = 4;
const tabs: Page[] = [];
const waiting: ((tab: Page) => void)[] = [];

async function withTab<T>(use: (tab: Page) => Promise<T>): Promise<T> {
  const tab = tabs.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
  try {
    return await use(tab);
  } finally {
    const next = waiting.shift();
    if (next) next(tab);
    else tabs.push(tab);
  }
}

/** The axe rules that depend on colours: the only ones a change of colour scheme can break. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** axe's WCAG 2.x A and AA violations on the page as it is now (of the given rules only), one line each. */
async function violationsOn(tab: Page, rules?: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page: tab }).setLegacyMode().options({ resultTypes: ['violations'] });
  // withRules and withTags each replace the other's choice: one of them, not both.
  const { violations } = await (rules ? axe.withRules(rules) : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
}

beforeAll(async () => {
  const context = await env.browser.newContext();
  tabs.push(...(await Promise.all(Array.from({ length: tabCount }, () => context.newPage()))));
});
afterAll(async () => {
  await tabs[0]?.context().close();
});

describe.concurrent('accessibility (axe, WCAG 2.2 A and AA) of every kind of page', () => {
  it.each(pages)('%s has no violations in light or dark mode', (path) =>
    withTab(async (tab) => {
      await tab.emulateMedia({ colorScheme: 'light' });
      await tab.goto(`${env.origin}${path}`);
      if (path.includes('?q=')) await tab.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('result'));
      const light = await violationsOn(tab);
      await tab.emulateMedia({ colorScheme: 'dark' });
      const dark = await violationsOn(tab, colourRules);
      expect({ light, dark }).toEqual({ light: [], dark: [] });
    }),
    // A test's time includes waiting for a free tab, and axe on a page with a 250-row table takes
    // seconds of CPU per colour scheme: on a busy shared machine that stretches to minutes.
    900_000,
  );
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
