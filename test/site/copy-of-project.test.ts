// A copy of the project changed as its users change it, built once: an editor publishes a new year
// by content only (scaffold, fill in, check, build), the site is hosted under a sub-path (a GitHub
// project page, BASE_PATH=/sub), and every read of a file under content/ during the build is
// counted (count-content-reads.mjs), to show content is read and validated once per build.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkChecker } from './links.ts';
import { astroBuildEnv, copyProject } from './project-copy.ts';

const copy = copyProject('copy-of-project-');
const dist = join(copy, 'dist');
const countsFile = join(copy, 'content-reads.json');
const run = (script: string, ...args: string[]) => execFileSync(process.execPath, [join(copy, 'scripts', script), ...args], { cwd: copy, encoding: 'utf8', stdio: 'pipe' });
/** Builds the copy; returns what the build printed (output and errors), or throws with it. */
function astro(extra: Record<string, string> = {}, preload: string[] = []): string {
  const build = spawnSync(process.execPath, [...preload, join(copy, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: copy, encoding: 'utf8', env: astroBuildEnv({ BASE_PATH: '/sub', SITE_URL: 'https://example.github.io', ...extra }) });
  if (build.status !== 0) throw Object.assign(new Error(`astro build exited with ${build.status}`), { stdout: build.stdout, stderr: build.stderr });
  return build.stdout + build.stderr;
}
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? (entry.name === 'pagefind' ? [] : filesUnder(join(dir, entry.name))) : [join(dir, entry.name)]));
let checked = '';
let built = '';

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
  checked = run('check.ts', copy);
  built = astro({ CONTENT_READS_FILE: countsFile }, ['--import', join(import.meta.dirname, 'count-content-reads.mjs')]);
}, 180_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('publishing a new year by content only', () => {
  it('refuses to scaffold over an existing year', () => {
    expect(() => run('new-report.ts', '2015', copy)).toThrow(/already has report\.mdx and smelters\.csv/);
  });

  it('passes the content check once filled in', () => {
    expect(checked).toMatch(/Content is valid: .*reports \(2013, 2014, 2015\)/);
  });

  it('builds, with the new year on every page that lists years', () => {
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
  });

  it('builds without a warning: each one the build prints is about the content, for the editor to act on', () => {
    expect(built).toContain('Complete!');
    // Astro marks its warnings [WARN]; Node's are "(node:…) Warning: …". Page addresses may hold the word.
    expect(built.split('\n').filter((line) => /\[WARN\]|\bWarning:/.test(line))).toEqual([]);
  });

  it('indexes the year-to-year comparisons for search, and not those of years apart', () => {
    const indexed = (pair: string) => /\sdata-pagefind-body[\s>=]/.test(readFileSync(join(dist, 'compare', pair, 'index.html'), 'utf8'));
    expect([['2013-2014', indexed('2013-2014')], ['2014-2015', indexed('2014-2015')], ['2013-2015', indexed('2013-2015')]]).toEqual([['2013-2014', true], ['2014-2015', true], ['2013-2015', false]]);
    const outlines = join(dist, 'search', 'pages');
    const searchedUrls = readdirSync(outlines).filter((file) => file.endsWith('.json')).map((file) => (JSON.parse(readFileSync(join(outlines, file), 'utf8')) as { url: string }).url);
    expect(searchedUrls).toEqual(expect.arrayContaining(['/compare/2013-2014/', '/compare/2014-2015/']));
    expect(searchedUrls).not.toContain('/compare/2013-2015/');
    const pairs = readFileSync(join(dist, 'compare', 'index.html'), 'utf8');
    expect(pairs).toMatch(/2014 and 2015<\/a><span class="muted"[^>]*> \(consecutive\)/);
    expect(pairs).toMatch(/2013 and 2015<\/a><\/th>/);
  });

  it('reads every CSV, YAML and MDX file of content/ exactly once in the build', () => {
    const reads = JSON.parse(readFileSync(countsFile, 'utf8')) as Record<string, number>;
    const files = filesUnder(join(copy, 'content')).map((file) => relative(copy, file)).filter((file) => /\.(csv|ya?ml|mdx)$/.test(file));
    expect(files).toContain('content/glossary.yaml');
    expect(files).toContain('content/reports/2015/smelters.csv');
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(Object.fromEntries(files.map((file) => [file, reads[file]]))).toEqual(Object.fromEntries(files.map((file) => [file, 1])));
  });
});

describe('built under BASE_PATH=/sub', () => {
  it('has no root-relative address outside /sub in any page, script or download', () => {
    const outside = filesUnder(dist).flatMap((file) => {
      if (!/\.(html|js|json|css)$/.test(file)) return [];
      const text = readFileSync(file, 'utf8');
      const found = text.match(/(?:href|src|action)=\\?["']\/(?!\/|sub\/)[^"'\\]*/g) ?? [];
      return found.map((match) => `${file.slice(copy.length)}: ${match}`);
    });
    expect(outside).toEqual([]);
  });

  it('resolves every internal link and #fragment inside /sub', () => {
    const { pages, check } = linkChecker(dist);
    expect(pages.flatMap(check)).toEqual([]);
  }, 60_000);

  it('gives the sitemap, robots.txt, feed and canonical links addresses under /sub', () => {
    const read = (path: string) => readFileSync(join(dist, path), 'utf8');
    expect(read('robots.txt')).toContain('Sitemap: https://example.github.io/sub/sitemap-index.xml');
    expect(read('sitemap-index.xml')).toContain('<loc>https://example.github.io/sub/sitemap-0.xml</loc>');
    expect(read('sitemap-0.xml')).toContain('<loc>https://example.github.io/sub/reports/2013/</loc>');
    expect(read('feed.xml')).toContain('<link>https://example.github.io/sub/reports/2013/</link>');
    expect(read('reports/2013/index.html')).toContain('<link rel="canonical" href="https://example.github.io/sub/reports/2013/">');
    expect(read('reports/2013/index.html')).toContain('<meta property="og:image" content="https://example.github.io/sub/og-image.png">');
  });

  it('links content clauses and topic pages inside /sub', () => {
    const topic = readFileSync(join(dist, 'topics', 'conflict-minerals', 'index.html'), 'utf8');
    expect(topic).toContain('href="/sub/reports/2013/#conflict-minerals-policy"');
  });
});

// Last: it breaks the copy's content.
describe('a mistake in the new year', () => {
  it('refuses to build when the new CSV has a mistake, naming file, line and cause', () => {
    const csv = join(copy, 'content', 'reports', '2015', 'smelters.csv');
    writeFileSync(csv, `${readFileSync(csv, 'utf8')}Silver,Example Silver Works,no,,,\n`);
    let stderr = '';
    try {
      astro();
    } catch (error) {
      stderr = String((error as { stderr?: string }).stderr) + String((error as { stdout?: string }).stdout);
    }
    expect(stderr).toContain('content/reports/2015/smelters.csv:10 — metal: "Silver" is not allowed here; use one of "Gold", "Tantalum", "Tin", "Tungsten"');
  }, 120_000);
});
