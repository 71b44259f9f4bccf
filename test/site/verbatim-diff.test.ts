import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/lib/domain/compare-reports.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { foldQuotes } from '../../src/lib/domain/word-diff.ts';
import { page, projectRoot, textOf } from './built-site.ts';

const content = loadContent(projectRoot);
const reports = [...content.reports].sort((a, b) => a.data.year - b.data.year);
const snapshot = (report: (typeof reports)[number]) => ({ year: report.data.year, data: report.data, rows: [], body: report.body.replace(/\r\n?/g, '\n') });
const pairs = reports.flatMap((from, index) => reports.slice(index + 1).map((to) => ({ from, to, comparison: compareReports(snapshot(from), snapshot(to), []) })));

/**
 * The text a reader sees of one side of a section's difference: the other side's changes, spacing
 * only the other side has (`data-only-in`) and the screen-reader labels left out; inline tags removed
 * without adding spaces; a paragraph break counts as spacing unless it ends a run of the other side.
 */
function pageSide(html: string, side: 'from' | 'to', years: { from: number; to: number }): string {
  const other = side === 'from' ? 'ins' : 'del';
  const otherYear = side === 'from' ? years.to : years.from;
  return textOf((html.match(/<p\b[^>]*>[\s\S]*?<\/p>/g) ?? [])
    .map((paragraph) => {
      // The break is the spacing of the paragraph's last run: when that run is the other side's, this side runs on.
      const runsOn = new RegExp(`(?:</${other}>|<span data-only-in="${otherYear}"[^>]*>\\s*</span>)</p>$`).test(paragraph);
      const text = paragraph
        .replace(/<span class="visually-hidden"[^>]*>[^<]*<\/span>/g, '')
        .replace(new RegExp(`<${other}\\b[^>]*>[\\s\\S]*?</${other}>`, 'g'), '')
        .replace(new RegExp(`<span data-only-in="${otherYear}"[^>]*>\\s*</span>`, 'g'), '')
        .replace(/<\/?(?:ins|del|span|p)\b[^>]*>/g, '');
      return text + (runsOn ? '' : ' ');
    })
    .join(''));
}
const collapse = (text: string) => foldQuotes(text).replace(/\s+/g, ' ').trim();

describe('the word differences on the comparison pages are verbatim', () => {
  it.each(pairs.map(({ from, to, comparison }) => [from.data.year, to.data.year, comparison] as const))('%s–%s: each side of every section, read on the page, is the source text', (from, to, comparison) => {
    const html = page(`/compare/${from}-${to}/`);
    expect(comparison.sections.length).toBeGreaterThan(0);
    for (const section of comparison.sections) {
      const start = html.indexOf(`id="section-${section.key}"`);
      const diff = /<div class="diff"[^>]*>([\s\S]*?)<\/div>/.exec(html.slice(start))?.[1] ?? '';
      expect(collapse(pageSide(diff, 'to', { from, to })), section.key).toBe(collapse(section.to.text));
      expect(collapse(pageSide(diff, 'from', { from, to })), section.key).toBe(collapse(section.from.text));
    }
  });

  it('2013–2014: no words glued together and no space before a comma in the quoted text', () => {
    const html = page('/compare/2013-2014/');
    const text = textOf(html.replace(/<span class="visually-hidden"[^>]*>[^<]*<\/span>/g, '').replace(/<\/?(?:ins|del)\b[^>]*>/g, ''));
    for (const glued of ['financeand', 'directsuppliers', 'smeltersand', 'www.infinera.com.The']) expect(text).not.toContain(glued);
    expect(text).not.toMatch(/\b(?:tin|tungsten) ,/);
  });
});
