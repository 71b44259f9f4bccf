import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/content/content-problem.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { contentProblemsLoader } from '../src/loaders/content-loaders.ts';
import { generatedCases } from './fixtures/generated-broken-cases.ts';
import { buildLoaderContext } from './support/loader-context.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const committedCases = readdirSync(join(fixtures, 'broken'));
const brokenCases = [...committedCases, ...Object.keys(generatedCases)];

/** A copy of the small valid site with one case's files laid over it (committed, or written by `generatedCases`). */
function siteWith(caseName?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(join(fixtures, 'site'), root, { recursive: true });
  const generated = caseName ? generatedCases[caseName] : undefined;
  if (generated) writeFileSync(join(root, generated.file), generated.bytes);
  else if (caseName) cpSync(join(fixtures, 'broken', caseName, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

function expectedLines(caseName: string): string[] {
  return generatedCases[caseName]?.expected ?? readFileSync(join(fixtures, 'broken', caseName, 'expected.txt'), 'utf8').trim().split('\n');
}

// `npm run check` prints exactly `formatProblem` of these problems (scripts/check.ts); that the
// command itself does so, and exits 1, is tested once in github-annotations.test.ts rather than
// by starting Node for every case here.
// Loading all of the real content takes seconds on a busy machine.
describe('content validation', { timeout: 30_000 }, () => {
  it('accepts the valid fixture site', () => {
    expect(loadContent(siteWith()).problems).toEqual([]);
  });

  it('accepts the real content of this repository', () => {
    expect(loadContent(join(import.meta.dirname, '..')).problems.map(formatProblem)).toEqual([]);
  });

  it('has a broken-content case for every mistake the issues name', () => {
    expect(brokenCases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(brokenCases)('%s fails with its expected message', (caseName) => {
    const expected = expectedLines(caseName);
    const problems = loadContent(siteWith(caseName)).problems;
    expect(problems.map(formatProblem)).toEqual(expected);
    for (const problem of problems) {
      expect(problem.file).toMatch(/^content\//);
      expect(problem.fix.length).toBeGreaterThan(10);
    }
  });

  it.each(brokenCases)('%s stops the build (the content loaders) with its expected message', async (caseName) => {
    const expected = expectedLines(caseName);
    const { context } = buildLoaderContext(siteWith(caseName));
    await expect(contentProblemsLoader.load(context)).rejects.toThrow(expected.join('\n  '));
  });
});
