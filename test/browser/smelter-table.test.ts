// The 248-row smelter table of the 2014 report: sticky headers, sorting, the empty result, print,
// the view kept in the address, and what a phone shows.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';

const env = useSiteInBrowser();
const table = '#smelters-2014';
const visibleRows = `${table} tbody tr:visible`;

/** Brings the table near the screen, which loads its code (src/client/table-bootstrap.ts), and waits for it. */
async function reachTable(page: Page): Promise<void> {
  await page.locator(table).scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-table][data-enhanced]');
}

async function openReport(width: number, query = ''): Promise<Page> {
  const page = await env.tab({ viewport: { width, height: 800 } });
  await page.goto(`${env.origin}/reports/2014/${query}`);
  await reachTable(page);
  return page;
}

/** WCAG contrast ratio of two computed CSS colours ("rgb(…)"). */
function contrast(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('the 2014 smelter table', () => {
  it('loads its code only once the table nears the screen, with its controls in place from the start', async () => {
    const page = await env.tab({ viewport: { width: 390, height: 800 } });
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await page.goto(`${env.origin}/reports/2014/`);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((path) => path.includes('data-table'))).toEqual([]);
    expect(await page.locator('[data-table][data-enhanced]').count()).toBe(0);
    expect(await page.textContent('[data-count]')).toBe('All 248 rows');
    const controls = await page.locator('[data-table-controls]').boundingBox();
    await reachTable(page);
    expect(scripts.filter((path) => path.includes('data-table'))).toHaveLength(1);
    // Nothing above the table moved when the code arrived.
    const after = await page.locator('[data-table-controls]').evaluate((element) => element.getBoundingClientRect().height);
    expect(after).toBe(controls?.height);
  });

  it('keeps a choice the reader made before the table’s code arrived', async () => {
    const page = await env.tab({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.origin}/reports/2014/`);
    await page.selectOption('[data-filter="metal"]', 'Tin');
    await page.waitForSelector('[data-table][data-enhanced]');
    expect([...new Set(await page.locator(`${visibleRows} td:nth-child(2)`).allTextContents())]).toEqual(['Tin']);
    expect(new URL(page.url()).search).toBe('?metal=Tin');
  });

  it.each([1280, 390])('at %i px, keeps its column headers in view while the rows scroll by', async (width) => {
    const page = await openReport(width);
    await page.locator(`${table} tbody tr`).nth(120).scrollIntoViewIfNeeded();
    const header = await page.locator(`${table} thead th`).nth(2).boundingBox();
    expect(header?.y).toBeGreaterThanOrEqual(0);
    expect(header?.y).toBeLessThan(60);
  });

  it.each([1280, 390, 320])('at %i px, lands each "Jump to" link on its metal’s first row, below the sticky headers', async (width) => {
    const page = await openReport(width);
    for (const metal of ['Tantalum', 'Tin', 'Tungsten']) {
      await page.click(`[data-jump] a:text-is("${metal}")`);
      await page.waitForFunction((id) => window.location.hash === `#${id}`, `smelters-2014-${metal.toLowerCase()}`);
      await page.waitForTimeout(300); // rows near the screen are laid out as they come into view
      const row = await page.locator(`#smelters-2014-${metal.toLowerCase()}`).boundingBox();
      const headerBottom = await page.$$eval(`${table} thead, ${table} thead th`, (cells) => Math.max(...cells.map((cell) => cell.getBoundingClientRect().bottom)));
      expect(row?.y, metal).toBeGreaterThanOrEqual(headerBottom);
      expect(row?.y, metal).toBeLessThan(headerBottom + 60);
    }
  });

  it('sorts by a header, shows the direction (aria-sort and an arrow), and reverses on a second press', async () => {
    const page = await openReport(1280);
    const header = page.locator(`${table} thead th`).nth(2);
    const names = () => page.locator(`${table} tbody th`).allTextContents();
    const arrow = () => header.evaluate((th) => getComputedStyle(th.querySelector('.sort-indicator') as Element, '::after').content);
    expect(await header.getAttribute('aria-sort')).toBeNull();
    await header.locator('button').click();
    const ascending = await names();
    expect(ascending).toEqual([...ascending].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await arrow()).toBe('"▲"');
    await header.locator('button').click();
    expect(await names()).toEqual([...ascending].reverse());
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await arrow()).toBe('"▼"');
    expect(await page.locator(`${table} thead [aria-sort]`).count()).toBe(1);
  });

  it('gives sort buttons the look of the header text, not of a filled button', async () => {
    const page = await openReport(1280);
    const look = await page.locator(`${table} thead th`).nth(2).evaluate((th) => {
      const button = getComputedStyle(th.querySelector('button') as Element);
      const cell = getComputedStyle(th);
      return { background: button.backgroundColor, border: button.borderTopWidth, color: button.color, headerColor: cell.color, size: button.fontSize, headerSize: cell.fontSize };
    });
    expect(look).toEqual({ background: 'rgba(0, 0, 0, 0)', border: '0px', color: look.headerColor, size: look.headerSize, headerColor: look.headerColor, headerSize: look.headerSize });
  });

  it('says so when no row matches, and offers the whole table back', async () => {
    const page = await openReport(1280);
    expect(await page.isVisible('[data-empty]')).toBe(false);
    await page.fill('[data-filter="facility"]', 'no facility is called this');
    expect(await page.locator(visibleRows).count()).toBe(0);
    expect(await page.textContent('[data-empty]')).toMatch(/No row of the 2014 table matches/);
    expect(await page.textContent('[data-count]')).toBe('Showing 0 of 248 rows');
    await page.click('[data-empty] button');
    expect(await page.locator(visibleRows).count()).toBe(248);
    expect(await page.isVisible('[data-empty]')).toBe(false);
  });

  it('keeps the filters and the sort in the address, and a reload opens the same view', async () => {
    const page = await openReport(1280);
    await page.selectOption('[data-filter="metal"]', 'Tin');
    await page.selectOption('[data-filter="marked"]', 'yes');
    await page.fill('[data-filter="facility"]', 'pt');
    await page.locator(`${table} thead th`).nth(2).locator('button').click();
    await page.locator(`${table} thead th`).nth(2).locator('button').click();
    expect(new URL(page.url()).search).toBe('?metal=Tin&marked=yes&facility=pt&sort=facility&order=desc');
    const view = async () => ({
      names: await page.locator(`${visibleRows} th`).allTextContents(),
      metals: [...new Set(await page.locator(`${visibleRows} td:nth-child(2)`).allTextContents())],
      marked: [...new Set(await page.locator(`${visibleRows} td.marked`).allTextContents())],
      controls: [await page.inputValue('[data-filter="metal"]'), await page.inputValue('[data-filter="marked"]'), await page.inputValue('[data-filter="facility"]')],
      sort: await page.locator(`${table} thead th`).nth(2).getAttribute('aria-sort'),
    });
    const before = await view();
    expect(before.names.length).toBeGreaterThan(1);
    expect(before.names.length).toBeLessThan(41);
    expect(before.metals).toEqual(['Tin']);
    expect(before.marked).toEqual(['Yes (*)']);
    await page.reload();
    await page.waitForSelector('[data-table][data-enhanced]');
    expect(await view()).toEqual(before);
    expect(before.controls).toEqual(['Tin', 'yes', 'pt']);
    expect(before.sort).toBe('descending');
  });

  it('opens a shared link with a filter it does not know as the whole table', async () => {
    const page = await openReport(1280, '?metal=Silver&sort=colour');
    expect(await page.locator(visibleRows).count()).toBe(248);
  });

  it.each(['light', 'dark'] as const)('prints legible column headers (from %s mode)', async (colorScheme) => {
    const page = await env.tab({ colorScheme });
    await page.goto(`${env.origin}/reports/2014/`);
    await reachTable(page);
    await page.emulateMedia({ media: 'print' });
    const headers = await page.locator(`${table} thead th`).evaluateAll((cells) =>
      cells.map((cell) => {
        let background = 'rgb(255, 255, 255)';
        for (let element: Element | null = cell; element; element = element.parentElement) {
          const colour = getComputedStyle(element).backgroundColor;
          if (colour !== 'rgba(0, 0, 0, 0)') {
            background = colour;
            break;
          }
        }
        const text = cell.querySelector('button') ?? cell;
        return { text: text.textContent ?? '', color: getComputedStyle(text).color, background, visible: getComputedStyle(text).visibility };
      }),
    );
    expect(headers.map((header) => header.text.trim())).toEqual(['#', 'Metal', 'Facility as printed', 'Marked', 'Transcription note']);
    for (const header of headers) {
      expect(header.visible).toBe('visible');
      expect(contrast(header.color, header.background), `${header.text}: ${header.color} on ${header.background}`).toBeGreaterThanOrEqual(7);
    }
  });

  it.each([320, 390])('at %i px, shows the caption and each row’s "Marked" answer on screen', async (width) => {
    const page = await openReport(width);
    const inside = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      return (box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? Infinity) <= width;
    };
    expect(await inside(`${table} caption`)).toBe(true);
    await page.locator(`${table} tbody tr`).nth(100).scrollIntoViewIfNeeded();
    expect(await inside(`${table} tbody tr:nth-child(101) td.marked`)).toBe(true);
    expect(await page.textContent(`${table} tbody tr:nth-child(101) td.marked`)).toMatch(/^(Yes \(\*\)|No)$/);
  });
});
