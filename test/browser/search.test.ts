import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';

const env = useSiteInBrowser();

async function openPage(path: string): Promise<{ page: Page; requests: string[] }> {
  const page = await env.tab();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${env.origin}${path}`);
  return { page, requests };
}

/** Runs a query on /search/ (with filters in the URL) and returns result titles and kinds, best first. */
async function searchFor(query: string, filters = ''): Promise<{ title: string; kind: string; url: string }[]> {
  const { page } = await openPage(`/search/?q=${encodeURIComponent(query)}${filters}`);
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('result'));
  const results = await page.$$eval('[data-search-results] > li', (items) =>
    items.map((item) => ({ title: item.querySelector('h2')?.textContent ?? '', kind: item.querySelector('.search-kind')?.textContent ?? '', url: item.querySelector('h2 a')?.getAttribute('href') ?? '' })),
  );
  return results;
}

describe('search', () => {
  it('loads no search code or index until the reader focuses the search box', async () => {
    const { page, requests } = await openPage('/policies/infinera-partner-code/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    const before = requests.length;
    await page.focus('#site-search');
    await page.waitForRequest((request) => request.url().includes('/pagefind/pagefind.js'));
    expect(requests.length).toBeGreaterThan(before);
  });

  it.each([
    ['Uralelectromed', /JSC Uralelectromed/, 'Smelter'],
    ['KEMET', /KEMET Blue/, 'Smelter'],
    ['Kemet Blue Powder', /KEMET Blue Powder/, 'Smelter'],
  ])('finds the smelter page first for "%s"', async (query, title, kind) => {
    const [first] = await searchFor(query);
    expect(first?.title).toMatch(title);
    expect(first?.kind).toContain(kind);
  });

  it('finds "forced labor" in the partner codes', async () => {
    const results = await searchFor('forced labor');
    expect(results.some((result) => /Infinera Partner Code/.test(result.title))).toBe(true);
  });

  it('finds "bribery" in both codes', async () => {
    const titles = (await searchFor('bribery')).map((result) => result.title);
    expect(titles.some((title) => /Infinera Partner Code/.test(title))).toBe(true);
    expect(titles.some((title) => /Juniper/.test(title))).toBe(true);
  });

  it('finds "Dodd-Frank" in the reports', async () => {
    const results = await searchFor('Dodd-Frank');
    expect(results.some((result) => result.kind.startsWith('Report'))).toBe(true);
  });

  it('shows each page’s excerpt with the query’s words marked, and links to the sections that match', async () => {
    const { page } = await openPage('/search/?q=bribery');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('result'));
    const results = await page.$$eval('[data-search-results] > li', (items) =>
      items.map((item) => ({
        marks: Array.from(item.querySelectorAll('p mark'), (mark) => mark.textContent ?? ''),
        sections: Array.from(item.querySelectorAll('ul a'), (link) => ({ href: link.getAttribute('href') ?? '', title: link.textContent ?? '' })),
      })),
    );
    expect(results.length).toBeGreaterThan(1);
    for (const result of results) expect(result.marks.some((mark) => /brib/i.test(mark)), JSON.stringify(result)).toBe(true);
    const sections = results.flatMap((result) => result.sections);
    expect(sections.length).toBeGreaterThan(0);
    for (const { href, title } of sections.slice(0, 3)) {
      await page.goto(`${env.origin}${href}`);
      const [, id] = href.split('#');
      expect(await page.locator(`[id="${id}"]`).textContent(), href).toContain(title);
    }
  });

  it('says so when results cannot load, and a later search tries again', async () => {
    const page = await env.tab();
    let offline = true;
    await page.route('**/search/pages/**', (route) => (offline ? route.abort() : route.continue()));
    await page.goto(`${env.origin}/search/?q=bribery`);
    await page.waitForFunction(() => /could not load/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.getAttribute('[data-search-results]', 'aria-busy')).toBeNull();
    offline = false;
    await page.click('[data-search-page] button[type="submit"]');
    await page.waitForFunction(() => /\d+ results? for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(1);
  });

  it('narrows results with the year and metal filters', async () => {
    const all = await searchFor('Starck');
    const only2013 = await searchFor('Starck', '&year=2013');
    const tungsten = await searchFor('Starck', '&metal=Tungsten');
    expect(only2013.length).toBeGreaterThan(0);
    expect(only2013.length).toBeLessThan(all.length);
    expect(only2013.every((result) => result.kind.includes('2013'))).toBe(true);
    expect(tungsten.length).toBeGreaterThan(0);
    expect(tungsten.length).toBeLessThan(all.length);
    expect(tungsten.every((result) => result.kind.startsWith('Smelter'))).toBe(true);
  });

  it.each([
    ['smelting', 'Tin', /smelting/i],
    ['mining', 'Gold', /mining/i],
    ['smelting', 'Tantalum', /smelting/i],
  ])('answers a common name word ("%s") under the %s filter with the facilities that have it', async (query, metal, word) => {
    const results = await searchFor(query, `&metal=${metal}`);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.kind.startsWith(`Smelter · ${metal}`), result.title).toBe(true);
      expect(result.title).toMatch(word);
    }
  });

  it('when the filters leave nothing, says where to look: the same search without them, or the smelter index’s filter', async () => {
    const { page } = await openPage('/search/?q=Metalor&metal=Tin');
    await page.waitForFunction(() => /No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    // The hint follows the count: it loads the smelter index's address code first.
    await page.waitForSelector('[data-search-hint]:not([hidden])');
    const links = await page.$$eval('[data-search-hint] a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links).toEqual(['/search/?q=Metalor', '/smelters/?q=Metalor&metal=Tin']);
    await Promise.all([page.waitForURL(/\/search\/\?q=Metalor$/), page.click('[data-search-hint] a >> nth=0')]);
    await page.waitForFunction(() => /\d+ results? for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.isVisible('[data-search-hint]')).toBe(false);
    await page.goto(`${env.origin}${links[1]}`);
    await page.waitForFunction(() => /facilit(y matches|ies match)/.test(document.querySelector('[data-filter-status]')?.textContent ?? ''));
    expect(await page.inputValue('[data-facility-filter] input[name="q"]')).toBe('Metalor');
  });

  it('shows its filters from the start: the values Pagefind holds, with the facilities’ kind and metals', async () => {
    const { page } = await openPage('/search/');
    const shown = await page.$$eval('[data-filters] input[type="checkbox"]', (boxes) => boxes.map((box) => `${(box as HTMLInputElement).name}=${(box as HTMLInputElement).value}`));
    // A string, so the test runner leaves the browser's own import() alone.
    const indexed = (await page.evaluate("import('/pagefind/pagefind.js').then((pagefind) => pagefind.filters())")) as Record<string, Record<string, number>>;
    const expected = [...Object.entries(indexed).flatMap(([name, values]) => Object.keys(values).map((value) => `${name}=${value}`)), 'kind=Smelter', ...['Gold', 'Tantalum', 'Tin', 'Tungsten'].map((metal) => `metal=${metal}`)];
    expect(new Set(shown)).toEqual(new Set(expected));
  });

  it('offers kind, year and metal filters on the search page', async () => {
    const { page } = await openPage('/search/?q=gold');
    await page.waitForSelector('[data-filters] fieldset');
    const legends = await page.$$eval('[data-filters] legend', (nodes) => nodes.map((node) => node.textContent));
    expect(legends).toEqual(expect.arrayContaining(['Kind', 'Year', 'Metal']));
  });

  it('works from the keyboard: "/" focuses search, arrows pick a result, Enter opens it', async () => {
    const { page } = await openPage('/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('Uralelectromed');
    await page.waitForSelector('#header-search-results [role="option"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#site-search', 'aria-activedescendant')).toBe('header-search-option-0');
    await Promise.all([page.waitForURL(/\/smelters\//), page.keyboard.press('Enter')]);
    expect(await page.textContent('h1')).toMatch(/Uralelectromed/);
  });

  it('puts the query in the URL so a search can be shared', async () => {
    const { page } = await openPage('/search/');
    await page.fill('#search-query', 'gifts');
    await page.waitForURL(/\?q=gifts/);
  });

  it('without JavaScript, says search needs it and links to the browse pages', async () => {
    const page = await env.tab({ javaScriptEnabled: false });
    await page.goto(`${env.origin}/search/?q=gold`);
    expect(await page.isVisible('[data-search-no-js]')).toBe(true);
    expect(await page.$$eval('[data-search-no-js] a', (links) => links.map((link) => link.getAttribute('href')))).toEqual(expect.arrayContaining(['/smelters/', '/policies/', '/reports/']));
  });

  it('closes the results when the query gets too short, and offers all results as the last option', async () => {
    const { page } = await openPage('/');
    await page.focus('#site-search');
    await page.keyboard.type('gold');
    await page.waitForSelector('#header-search-results [role="option"]');
    const options = await page.locator('#header-search-results [role="option"]').count();
    for (let step = 0; step < options; step++) await page.keyboard.press('ArrowDown');
    expect(await page.textContent(`#header-search-option-${options - 1}`)).toMatch(/All \d+ results for “gold”/);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(600);
    expect(await page.getAttribute('#site-search', 'aria-expanded')).toBe('false');
    expect(await page.isVisible('#header-search-results')).toBe(false);
  });

  it('lets the reader turn the "/" shortcut off (WCAG 2.1.4)', async () => {
    const page = await env.tab();
    await page.goto(`${env.origin}/search/`);
    await page.click('[data-shortcut-toggle]');
    expect(await page.textContent('[data-shortcut-toggle]')).toContain('on');
    await page.goto(`${env.origin}/reports/2013/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('site-search');
  });
});

describe('search results', () => {
  it('lets the reader reach every result for a broad query ("Infinera"), a page at a time', async () => {
    const { page } = await openPage('/search/?q=Infinera');
    await page.waitForSelector('[data-search-results] > li');
    const total = Number((await page.textContent('[data-search-status]'))?.match(/^(\d+) results/)?.[1]);
    expect(total).toBeGreaterThan(20); // more than one page of results
    expect(await page.locator('[data-search-results] > li').count()).toBeLessThan(total);
    while (await page.isVisible('[data-search-more] button')) {
      const before = await page.locator('[data-search-results] > li').count();
      await page.click('[data-search-more] button');
      await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] > li').length > count, before);
      // Focus moves to the first new result, so a keyboard reader carries on where the list grew.
      expect(await page.evaluate(() => document.activeElement?.closest('li')?.previousElementSibling !== null)).toBe(true);
    }
    const urls = await page.$$eval('[data-search-results] > li h2 a', (links) => links.map((link) => link.getAttribute('href')));
    expect(urls).toHaveLength(total);
    expect(new Set(urls).size).toBe(total);
  });

  it('shows facility excerpts as "label: value" facts, none glued together', async () => {
    const { page } = await openPage('/search/?q=Uralelectromed');
    await page.waitForSelector('[data-search-results] > li');
    const excerpt = (await page.textContent('[data-search-results] > li p')) ?? '';
    expect(excerpt).toMatch(/Metal: Gold\. Listed in: 2013, 2014\./);
    expect(excerpt).not.toMatch(/(Metal|Listed in|RMI smelter id|Country)[^:\s]/);
  });

  it('offers each company once in the issuer filter', async () => {
    const { page } = await openPage('/search/?q=conflict');
    await page.waitForSelector('[data-filters] fieldset');
    const issuers = await page.$$eval('[data-filters] input[name="issuer"]', (boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(issuers).toEqual(['Infinera', 'Juniper Networks']);
    await page.check('[data-filters] input[name="issuer"][value="Infinera"]');
    await page.waitForURL(/issuer=Infinera/);
    await page.waitForFunction(() => /^\d+ results?/.test(document.querySelector('[data-search-status]')?.textContent ?? '') && !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'));
    const kinds = await page.$$eval('[data-search-results] .search-kind', (labels) => [...new Set(labels.map((label) => label.textContent?.split(' · ')[0]))]);
    expect(kinds).toEqual(expect.arrayContaining(['Policy', 'Report']));
  });

  it('does not move the page while results load (cumulative layout shift 0)', async () => {
    for (const viewport of [{ width: 390, height: 800 }, { width: 1280, height: 900 }]) {
      const page = await env.browser.newPage({ viewport });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { layoutShifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${env.origin}/search/?q=gold`);
      await page.waitForSelector('[data-search-results] > li');
      await page.waitForSelector('[data-filters] fieldset', { state: 'attached' });
      await page.waitForLoadState('networkidle');
      const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
      // Its own page: the init script would stay on a reused tab.
      await page.close();
    }
  });

  it('on a phone, puts the filters below the results, collapsed', async () => {
    const page = await env.tab({ viewport: { width: 390, height: 800 } });
    await page.goto(`${env.origin}/search/?q=gold`);
    await page.waitForSelector('[data-filters] fieldset', { state: 'attached' });
    expect(await page.getAttribute('[data-filters-box]', 'open')).toBeNull();
    const results = await page.locator('[data-search-results]').boundingBox();
    const filters = await page.locator('[data-filters-box]').boundingBox();
    expect(filters?.y).toBeGreaterThan((results?.y ?? 0) + (results?.height ?? 0) - 1);
  });

  it('shows no "/" keyboard tip on a touch screen, and shows it with a mouse', async () => {
    const phone = await env.tab({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    await phone.goto(`${env.origin}/search/`);
    await phone.waitForSelector('[data-shortcut-toggle]:not(:empty)', { state: 'attached' });
    expect(await phone.isVisible('[data-shortcut]')).toBe(false);
    const { page } = await openPage('/search/');
    await page.waitForSelector('[data-shortcut]');
    expect(await page.isVisible('[data-shortcut]')).toBe(true);
  });
});

describe('the year picker', () => {
  it('works without JavaScript: each pair is a submit button to its page', async () => {
    const page = await env.tab({ javaScriptEnabled: false });
    await page.goto(`${env.origin}/compare/`);
    await Promise.all([page.waitForURL(/\/compare\/2013-2014\//), page.click('[data-compare-buttons] button')]);
    expect(await page.textContent('h1')).toContain('2013');
  });

  it('with JavaScript, goes to the pair picked in the two selects', async () => {
    const { page } = await openPage('/compare/');
    await page.selectOption('select[name="from"]', '2013');
    await page.selectOption('select[name="to"]', '2014');
    await Promise.all([page.waitForURL(/\/compare\/2013-2014\//), page.click('[data-compare-selects] button')]);
  });
});

