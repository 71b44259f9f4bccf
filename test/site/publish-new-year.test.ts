// End to end, the comms path: scaffold a new year into a copy of the project, fill it in as the
// guide says, check it, build it, and find its pages, downloads, comparison, trends and search index.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuildEnv, copyProject } from './built-site.ts';

const copy = copyProject('new-year-');
const run = (script: string, ...args: string[]) => execFileSync(process.execPath, [join(copy, 'scripts', script), ...args], { cwd: copy, encoding: 'utf8', stdio: 'pipe' });

/** Fills the scaffold's TODOs the way a comms person would, from a filing. */
function fillReport(text: string): string {
  const values: [RegExp, string][] = [
    [/^(registrant:\s*)TODO/m, '$1Infinera Corporation'],
    [/^(\s+date:\s*)TODO/m, '$12016-05-27'],
    [/^(\s+name:\s*)TODO/m, '$1Jane Example'],
    [/^(\s+title:\s*)TODO/m, '$1Chief Financial Officer'],
    [/^(exhibit:\s*)"TODO"/m, '$1"1.01"'],
    [/^(\s+status:\s*)TODO/m, '$1drc-conflict-undeterminable'],
    [/^(\s+quote:\s*)"TODO"/m, '$1"We have determined that the Covered Products are DRC conflict undeterminable."'],
    [/^(coveredProducts:\s*)\[TODO\]/m, '$1[DTN-X platform]'],
    [/^(countriesOfOrigin:\s*)\[TODO\]/m, '$1[Australia, Chile, Peru]'],
    [/^(countriesOfOriginQuote:\s*)"TODO"/m, '$1"Countries of origin include:"'],
    [/^\s+count: .*\n/m, ''],
    [/^(\s+responseRate: \{ value: )0(, qualifier: approximately, quote: )"TODO"/m, '$190$2"We received responses from approximately 90% of the suppliers surveyed."'],
    [/^(\s+asOf:\s*)TODO/m, '$12016-05-20'],
    [/^(\s+quote:\s*)"TODO"/m, '$1"Smelters denoted with an asterisk (*) are conflict free as of May 20, 2016."'],
    [/^(\s+title:\s*)TODO.*$/m, '$1Form SD and Conflict Minerals Report, calendar 2015'],
    [/^(\s+seed:\s*)TODO.*$/m, '$1form-sd-2015.txt'],
    [/^TODO: paste the Form SD text here.*$/m, 'This Form SD is filed for the reporting period January 1, 2015 to December 31, 2015.'],
    [/^TODO: paste the Conflict Minerals Report here.*\n.*$/m, 'The table below lists the smelters and refiners reported by our suppliers.'],
  ];
  return values.reduce((result, [pattern, value]) => result.replace(pattern, value), text);
}

beforeAll(() => {
  run('new-report.ts', '2015', copy);
  const folder = join(copy, 'content', 'reports', '2015');
  writeFileSync(join(copy, 'content', 'sources', 'form-sd-2015.txt'), 'The filing, as a plain-text copy.\n');
  writeFileSync(join(folder, 'report.mdx'), fillReport(readFileSync(join(folder, 'report.mdx'), 'utf8')));
  writeFileSync(
    join(folder, 'smelters.csv'),
    readFileSync(join(folder, 'smelters.csv'), 'utf8') +
      ['Gold,JSC Uralelectromed,yes,,,', 'Gold,Perth Mint,yes,,,', 'Tin,Thaisarco,no,,,', 'Tungsten,Example Tungsten Works,no,,,', ''].join('\n'),
  );
}, 60_000);

describe('publishing a new year by content only', () => {
  it('refuses to scaffold over an existing year', () => {
    expect(() => run('new-report.ts', '2015', copy)).toThrow(/already has report\.mdx and smelters\.csv/);
  });

  it('passes the content check once filled in', () => {
    expect(run('check.ts', copy)).toMatch(/Content is valid: .*reports \(2013, 2014, 2015\)/);
  });

  it('builds, with the new year on every page that lists years', () => {
    execFileSync(join(copy, 'node_modules', '.bin', 'astro'), ['build'], { cwd: copy, stdio: 'pipe', env: astroBuildEnv() });
    const dist = join(copy, 'dist');
    for (const path of ['reports/2015/index.html', 'reports/2015/smelters-2015.csv', 'reports/2015/smelters-2015.json', 'compare/2014-2015/index.html', 'compare/2013-2015/index.html', 'compare/2014-2015.json', 'smelters/tungsten-example-tungsten-works/index.html']) {
      expect(existsSync(join(dist, path)), path).toBe(true);
    }
    expect(readFileSync(join(dist, 'reports/index.html'), 'utf8')).toContain('/reports/2015/');
    expect(readFileSync(join(dist, 'trends/index.html'), 'utf8')).toContain('2015');
    expect(readFileSync(join(dist, 'reports/2015/index.html'), 'utf8')).toContain('Compare 2014 with 2015');
    const perth = readFileSync(join(dist, 'smelters/gold-western-australian-mint-trading-as-the-perth-mint/index.html'), 'utf8');
    expect(perth).toContain('/reports/2015/');
    const csv = readFileSync(join(dist, 'reports/2015/smelters-2015.csv'), 'utf8').trim().split('\r\n');
    expect(csv).toHaveLength(5);
    expect(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')).toMatch(/"page_count":\s*\d+/);
  }, 120_000);

  it('refuses to build when the new CSV has a mistake, naming file, line and cause', () => {
    const csv = join(copy, 'content', 'reports', '2015', 'smelters.csv');
    writeFileSync(csv, `${readFileSync(csv, 'utf8')}Silver,Example Silver Works,no,,,\n`);
    let stderr = '';
    try {
      execFileSync(join(copy, 'node_modules', '.bin', 'astro'), ['build'], { cwd: copy, stdio: 'pipe', env: astroBuildEnv(), encoding: 'utf8' });
    } catch (error) {
      stderr = String((error as { stderr?: string }).stderr) + String((error as { stdout?: string }).stdout);
    }
    expect(stderr).toContain('content/reports/2015/smelters.csv:10 — metal: "Silver" is not allowed here; use one of "Gold", "Tantalum", "Tin", "Tungsten"');
  }, 120_000);
});
