import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three groups: pure logic (fast, no build), the built site's files in dist/, and real-browser
// tests against dist/ served locally. `npm test` builds once; every site and browser test reads
// that one build (the only other builds are of copies of the project the site tests change).
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine. Much of a site
    // or browser test is waiting for a build or for Chromium, which run in their own processes, so
    // at least two files run at once.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      // Unit files share one module cache per worker (no per-file re-import of zod, yaml and the
      // Markdown parser); they keep no state between files.
      { test: { name: 'unit', include: ['test/*.test.ts'], isolate: false } },
      // Site tests build, serve and spawn copies of the project: generous timeouts on a shared machine.
      { test: { name: 'site', include: ['test/site/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 } },
      { test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
