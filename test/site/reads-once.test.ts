// Content is read and validated once per build: `astro build` of a copy of the project, with every
// read of a file under content/ counted (count-content-reads.mjs), whoever reads it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuildEnv, copyProject } from './project-copy.ts';

const copy = copyProject('reads-once-');
const countsFile = join(copy, 'content-reads.json');
let reads: Record<string, number> = {};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [relative(copy, join(dir, entry.name))]));
}

beforeAll(() => {
  const preload = join(import.meta.dirname, 'count-content-reads.mjs');
  execFileSync(process.execPath, ['--import', preload, join(copy, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: copy, stdio: 'pipe', env: astroBuildEnv({ CONTENT_READS_FILE: countsFile }) });
  reads = JSON.parse(readFileSync(countsFile, 'utf8')) as Record<string, number>;
}, 180_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('one build reads content/ once', () => {
  it('reads every CSV, YAML and MDX file of content/ exactly once', () => {
    const files = filesUnder(join(copy, 'content')).filter((file) => /\.(csv|ya?ml|mdx)$/.test(file));
    expect(files).toContain('content/glossary.yaml');
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(Object.fromEntries(files.map((file) => [file, reads[file]]))).toEqual(Object.fromEntries(files.map((file) => [file, 1])));
  });
});
