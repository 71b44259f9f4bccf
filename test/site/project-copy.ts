// A scratch copy of the project, for tests that build, serve or break it (no built site needed).
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '..', '..');

/** A scratch copy of the project (sources, content, scripts; node_modules linked) to build or break. */
export function copyProject(prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'content']) {
    cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

/**
 * The environment for running `astro build` from a test. Vitest puts Vite's own variables
 * (BASE_URL, MODE, …) into process.env, and Astro would read them back as the built site's.
 */
export function astroBuildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = process.env;
  return { ...rest, ...extra };
}
