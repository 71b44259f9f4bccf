import { defineConfig } from 'vitest/config';

// Three groups: pure logic (fast, no build), the built site's files in dist/, and real-browser
// tests against dist/ served locally. `npm test` builds first, so dist/ is always fresh.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/*.test.ts'] } },
      // Site tests build, serve and spawn copies of the project: generous timeouts on a shared machine.
      { test: { name: 'site', include: ['test/site/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 } },
      { test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
    ],
  },
});
