import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';

const env = useSiteInBrowser();
const dist = join(import.meta.dirname, '..', '..', 'dist');
const table2014 = JSON.parse(readFileSync(join(dist, 'reports/2014/smelters-2014.json'), 'utf8')) as { rows: { metal: string; marker: string; facility_id: string }[] };

async function open(path: string, javaScriptEnabled = true): Promise<{ page: Page; requests: string[] }> {
  const page = await env.tab({ javaScriptEnabled });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${env.origin}${path}`);
  return { page, requests };
}

const nameField = '[data-facility-filter] input[name="q"]';
const status = (page: Page) => page.textContent('[data-filter-status]');
const resultNames = (page: Page) => page.locator('[data-filter-results] tbody th').allTextContents();

describe('the /smelters/ index', () => {
  it('leads to every facility without JavaScript, through pages by metal and letter', async () => {
    const { page } = await open('/smelters/', false);
    expect(await page.isDisabled(nameField)).toBe(true);
    const letterPages = await page.$$eval('[data-letter-index] a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(letterPages).toContain('/smelters/gold/j/');
    await page.goto(`${env.origin}/smelters/gold/j/`);
    expect(await page.locator('tbody th a').allTextContents()).toContain('JSC Uralelectromed');
  });

  it('loads the filter data only when the reader uses the filter', async () => {
    const { page, requests } = await open('/smelters/');
    await page.waitForLoadState('networkidle');
    expect(requests.some((url) => url.endsWith('/smelters/facilities.json'))).toBe(false);
    const loaded = page.waitForRequest((request) => request.url().endsWith('/smelters/facilities.json'));
    await page.focus(nameField);
    await loaded;
  });

  it('filters by name, keeps the filter in the address, and reloads into the same view', async () => {
    const { page } = await open('/smelters/');
    await page.fill(nameField, 'uralelectromed');
    await page.waitForFunction(() => document.querySelector('[data-filter-status]')?.textContent?.includes('match'));
    expect(await resultNames(page)).toEqual(['JSC Uralelectromed']);
    expect(new URL(page.url()).search).toBe('?q=uralelectromed');
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-filter-status]')?.textContent?.includes('match'));
    expect(await page.inputValue(nameField)).toBe('uralelectromed');
    expect(await resultNames(page)).toEqual(['JSC Uralelectromed']);
    expect(await page.isHidden('[data-letter-index]')).toBe(true);
  });

  it('filters by metal, year and marker from a shared address', async () => {
    const expected = new Set(table2014.rows.filter((row) => row.metal === 'Tin' && row.marker === 'yes').map((row) => row.facility_id)).size;
    const { page } = await open('/smelters/?metal=Tin&year=2014&marked=yes');
    await page.waitForFunction(() => document.querySelector('[data-filter-status]')?.textContent?.includes('match'));
    expect(await status(page)).toContain(`${expected} facilities match`);
    expect(await page.locator('[data-filter-results] tbody td:nth-of-type(1)').allTextContents()).toEqual(Array(expected).fill('Tin'));
    expect(await page.inputValue('select[name="metal"]')).toBe('Tin');
    expect(await page.inputValue('select[name="year"]')).toBe('2014');
    expect(await page.inputValue('select[name="marked"]')).toBe('yes');
  });

  it('says so when nothing matches, and clearing the filter brings the index back', async () => {
    const { page } = await open('/smelters/?q=no-such-facility-name');
    await page.waitForFunction(() => document.querySelector('[data-filter-status]')?.textContent?.includes('No facility matches'));
    expect(await page.locator('[data-filter-results] tbody tr').count()).toBe(0);
    await page.fill(nameField, '');
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-letter-index]')?.hidden);
    expect(new URL(page.url()).search).toBe('');
  });
});
