// axe-core in a page, put there once per page load. @axe-core/playwright's analyze() evaluates
// axe's 550 KB source in the page twice per run; on the accessibility test's sample (light and
// dark runs on each page) that parsing was about a third of the test's CPU time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { kindOf } from '../support/page-sample.ts';
import { recordProblems, type SiteInBrowser } from './browser.ts';

// The axe-core that @axe-core/playwright depends on (the version its runs expect), not whichever a hoisting put on top.
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axeSource = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.x A and AA rules, by axe's tags: what the site promises (WCAG 2.2 AA). */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * An axe run on the page as it is now. The first run after a page load puts axe in the page; later
 * runs on the same page reuse it. axe runs in "legacy mode" (axe.run in the page, instead of an
 * extra tab to merge per-frame results: the site has no frames).
 */
export async function axeOn(page: Page): Promise<AxeBuilder> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // The source given to AxeBuilder is what it evaluates before each run: nothing, axe is there.
  return new AxeBuilder({ page, axeSource: ';' }).setLegacyMode().options({ resultTypes: ['violations'] });
}

/**
 * The axe rules that depend on colours: the only ones a change of colour scheme can break, since
 * dark mode changes colour tokens and nothing else (test/site/colour-schemes.test.ts).
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** axe's violations on the page as it is now (WCAG A and AA, or only the given rules), one line each. */
export async function violationsOn(page: Page, rules?: string[]): Promise<string[]> {
  const axe = await axeOn(page);
  // withRules and withTags each replace the other's choice: one of them, not both.
  const { violations } = await (rules ? axe.withRules(rules) : axe.withTags(wcagTags)).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
}

/**
 * The sampled pages that are documents (a report, policy, comparison, news item, the checklist):
 * the longest pages, checked in a file of their own (accessibility-documents.test.ts) so that the
 * two halves of the sample run side by side. Each file takes the sample and one side of this test.
 */
export function isDocumentPage(path: string): boolean {
  return documentKinds.has(kindOf(path));
}

/** Kinds of page as the sample groups them (test/support/page-sample.ts). */
const documentKinds = new Set(['/reports/*/', '/policies/*/', '/compare/*/', '/news/*/', '/checklist/']);

/**
 * One test per page: every WCAG rule of axe in the light colour scheme, its colour rules in the
 * dark one (dark mode changes colour tokens and nothing else: test/site/colour-schemes.test.ts),
 * and, on the same load, nothing the browser complains of: no Content-Security-Policy violation,
 * console error or uncaught exception, by the time both runs are done (the page's own scripts,
 * and any they load when a table nears the screen, have run by then).
 * One tab, one page at a time: the runs are CPU work, and concurrent tabs only share the same cores.
 */
export function checkEachPage(env: SiteInBrowser, pages: readonly string[]): void {
  it.each(pages)('%s has no axe violations in light or dark mode, and no CSP violation or console error', async (path) => {
    const tab = await env.tab();
    const problems = recordProblems(tab);
    await tab.goto(`${env.origin}${path}`);
    if (path.includes('?q=')) await tab.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('result'));
    const light = await violationsOn(tab);
    await tab.emulateMedia({ colorScheme: 'dark' });
    const dark = await violationsOn(tab, colourRules);
    expect({ light, dark, problems: problems() }).toEqual({ light: [], dark: [], problems: [] });
  });
}
