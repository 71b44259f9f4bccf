import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { githubAnnotation, wantsGithubAnnotations } from '../src/lib/content/github-annotations.ts';

describe('githubAnnotation', () => {
  it.each([
    [
      'a problem on a line of a column',
      { file: 'content/reports/2020/smelters.csv', line: 3, field: 'marker', message: '"*" is not allowed here', fix: 'write yes or no' },
      '::error file=content/reports/2020/smelters.csv,line=3,title=Content problem in marker::"*" is not allowed here — write yes or no',
    ],
    [
      'a problem of a whole file',
      { file: 'content/reports/2022', message: 'the folder has no report.mdx', fix: 'add it' },
      '::error file=content/reports/2022,title=Content problem::the folder has no report.mdx — add it',
    ],
    [
      'percent signs and line breaks in the message',
      { file: 'a.csv', line: 1, message: '100% of\r\nrows', fix: 'fix\nthem' },
      '::error file=a.csv,line=1,title=Content problem::100%25 of%0D%0Arows — fix%0Athem',
    ],
    [
      'commas and colons in properties',
      { file: 'content/odd,name:1.csv', line: 2, field: 'clauses[0].id: x', message: 'a: b, c', fix: 'd' },
      '::error file=content/odd%2Cname%3A1.csv,line=2,title=Content problem in clauses[0].id%3A x::a: b, c — d',
    ],
  ])('formats %s', (_label, problem, expected) => {
    expect(githubAnnotation(problem)).toBe(expected);
  });

  it.each([
    [['node', 'check.ts', '--github'], {}, true],
    [['node', 'check.ts'], { GITHUB_ACTIONS: 'true' }, true],
    [['node', 'check.ts'], {}, false],
    [['node', 'check.ts'], { GITHUB_ACTIONS: 'false' }, false],
  ])('is wanted for %j with %j: %s', (argv, env, expected) => {
    expect(wantsGithubAnnotations(argv, env)).toBe(expected);
  });
});

// Each case starts Node; on a busy machine that takes seconds.
describe('node scripts/check.ts --github', { timeout: 30_000 }, () => {
  const fixtures = join(import.meta.dirname, 'fixtures');
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(join(fixtures, 'site'), root, { recursive: true });
  cpSync(join(fixtures, 'broken', 'csv-bad-marker', 'content'), join(root, 'content'), { recursive: true });
  const check = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'check.ts'), ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });

  it('prints an annotation per problem besides the usual output, and still fails', () => {
    const result = check([root, '--github']);
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      '::error file=content/reports/2020/smelters.csv,line=2,title=Content problem in marker::"*" is not allowed here; use one of "yes", "no" — write yes if the filing marks this facility (italics, asterisk…), otherwise no',
    ]);
    expect(result.stderr).toContain('content/reports/2020/smelters.csv:2 — marker:');
  });

  it('annotates on GitHub Actions without the flag, and not elsewhere', () => {
    expect(check([root], { GITHUB_ACTIONS: 'true' }).stdout).toContain('::error file=content/reports/2020/smelters.csv,line=2');
    expect(check([root]).stdout).toBe('');
  });
});
