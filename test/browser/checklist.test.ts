// /checklist/ in Chromium: filters kept in the address, the page whole without JavaScript, phone
// widths without sideways scroll, paper (A4 and Letter) without anything cut off, axe in light and
// dark, and search landing on a cell.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { colourRules, violationsOn } from './axe.ts';
import { useSiteInBrowser } from './browser.ts';

const env = useSiteInBrowser();

/** The topics and the code cells the reader can see. */
const visible = (page: Page) =>
  page.evaluate(() => ({
    topics: Array.from(document.querySelectorAll<HTMLElement>('[data-topic]')).filter((section) => section.checkVisibility()).map((section) => section.dataset.topic),
    codes: [...new Set(Array.from(document.querySelectorAll<HTMLElement>('[data-topic] [data-code]')).filter((cell) => cell.checkVisibility()).map((cell) => cell.dataset.code))],
  }));

describe('/checklist/ in a browser', () => {
  it('reads its filter from the address, and writes the reader’s choices back to it', async () => {
    const page = await env.tab();
    await page.goto(`${env.origin}/checklist/?code=juniper-partner-code&topic=health-and-safety`);
    // The codes' openings apply to every topic: they stay whatever the topic.
    expect(await visible(page)).toEqual({ topics: ['whole-code', 'health-and-safety'], codes: ['juniper-partner-code'] });
    expect(await page.isChecked('input[name="code"][value="juniper-partner-code"]')).toBe(true);
    expect(await page.inputValue('select[name="topic"]')).toBe('health-and-safety');
    const sentences = await page.locator('[data-sentence]').evaluateAll((items) => items.filter((item) => item.checkVisibility()).length);
    expect(sentences).toBeGreaterThan(0);
    expect(await page.textContent('[data-filter-status]')).toBe(`Showing ${sentences} ${sentences === 1 ? 'requirement' : 'requirements'} in 1 topic and the codes’ openings.`);

    await page.check('input[name="code"][value="infinera-partner-code"]');
    await page.selectOption('select[name="topic"]', 'competition');
    expect(new URL(page.url()).search).toBe('?code=infinera-partner-code&code=juniper-partner-code&topic=competition');
    expect(await visible(page)).toEqual({ topics: ['whole-code', 'competition'], codes: ['infinera-partner-code', 'juniper-partner-code'] });

    await page.reload();
    expect(await visible(page)).toEqual({ topics: ['whole-code', 'competition'], codes: ['infinera-partner-code', 'juniper-partner-code'] });
    await page.uncheck('input[name="code"][value="infinera-partner-code"]');
    await page.uncheck('input[name="code"][value="juniper-partner-code"]');
    await page.selectOption('select[name="topic"]', '');
    expect(new URL(page.url()).search).toBe('');
    expect((await visible(page)).topics.length).toBeGreaterThan(20);
  });

  it('without JavaScript shows every topic and code, the filter disabled', async () => {
    const page = await env.tab({ javaScriptEnabled: false });
    await page.goto(`${env.origin}/checklist/?code=juniper-partner-code&topic=health-and-safety`);
    const shown = await visible(page);
    expect(shown.topics.length).toBeGreaterThan(20);
    expect(shown.codes.length).toBe(3);
    expect(await page.isDisabled('select[name="topic"]')).toBe(true);
  });

  it.each([320, 390])('at %i px it is one list per topic, no wider than the screen', async (width) => {
    const page = await env.tab({ viewport: { width, height: 800 } });
    await page.goto(`${env.origin}/checklist/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // The cells of a topic stack: each starts at the same left edge, below the one before.
    const boxes = await page.locator('[data-topic="health-and-safety"] [data-code]').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect()).map((box) => [box.left, box.top]));
    expect(new Set(boxes.map(([left]) => left)).size).toBe(1);
    expect(boxes.map(([, top]) => top)).toEqual([...boxes.map(([, top]) => top)].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('at 1280 px sets each topic’s codes side by side', async () => {
    const page = await env.tab({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.origin}/checklist/`);
    const tops = await page.locator('[data-topic="health-and-safety"] [data-code]').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });

  // Paper widths less 1 cm margins on each side, in CSS pixels (96 per inch).
  it.each([
    ['A4', 718],
    ['Letter', 740],
  ] as const)('printed on %s, nothing is cut off sideways and every requirement has a box to tick', async (format, width) => {
    const page = await env.tab({ viewport: { width, height: 1000 } });
    await page.goto(`${env.origin}/checklist/`);
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => ({
      wide: Array.from(document.querySelectorAll('main *')).filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 3).map((element) => element.outerHTML.slice(0, 80)),
      boxes: Array.from(document.querySelectorAll('li[id]')).filter((item) => getComputedStyle(item, '::before').borderTopStyle === 'solid').length,
      items: document.querySelectorAll('li[id]').length,
    }));
    expect(layout.wide).toEqual([]);
    expect(layout.boxes).toBe(layout.items);
    const pdf = await page.pdf({ format, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('has no axe violations (WCAG 2.2 AA) when filtered, in light mode or (colour rules) in dark mode', async () => {
    const page = await env.tab();
    await page.goto(`${env.origin}/checklist/?code=infinera-partner-code&topic=environment`);
    const light = await violationsOn(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect({ light, dark: await violationsOn(page, colourRules) }).toEqual({ light: [], dark: [] });
  });

  it('is found by search, the result leading to a cell of the checklist', async () => {
    const page = await env.tab();
    await page.goto(`${env.origin}/search/?q=OHSAS`);
    await page.waitForFunction(() => /\d+ result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const links = await page.locator('[data-search-results] a').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname + new URL((anchor as HTMLAnchorElement).href).hash));
    expect(links).toContain('/checklist/#health-and-safety-infinera-partner-code');
  });
});
