import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { outlinePage, type PagefindFragment } from '../lib/presentation/search-sections.ts';

/**
 * Pagefind's index is split into chunks of about this many word positions, and a query fetches
 * the chunk holding each of its words. Pagefind's default (20,000) makes a chunk of about 30 KB
 * gzip on this site, as much as the rest of a first search; 2,500 makes it about 5 KB, for 6%
 * more index in all. Pagefind reads it from the environment only (it marks it unstable);
 * test/site/search-index.test.ts fails if chunks grow back.
 */
const INDEX_CHUNK_POSITIONS = '2500';

/**
 * Pagefind files the site never loads: its page fragments (results are shown from the outlines
 * and blocks of words written below, see src/lib/presentation/search-sections.ts) and its ready-made user
 * interfaces (the site has its own).
 */
const UNUSED = /^(fragment\/|pagefind-(ui|modular-ui|component-ui|highlight)\.)/;

/**
 * Builds the Pagefind search index into dist/pagefind/ at the end of `astro build`, and the
 * results' outlines and the pages' words (in blocks) into dist/search/pages/. Fails the build if Pagefind
 * reports any error or finds suspiciously few pages: a site whose search silently misses pages
 * must not be published.
 */
export function pagefindIndex({ minimumPages = 5 } = {}): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_POSITIONS;
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind failed to index the site:\n${added.errors.join('\n')}`);
          if (added.page_count < minimumPages) throw new Error(`Pagefind indexed only ${added.page_count} pages; expected at least ${minimumPages}`);
          const built = await index.getFiles();
          if (built.errors.length > 0) throw new Error(`Pagefind failed to build its index:\n${built.errors.join('\n')}`);
          const written = new Map<string, Uint8Array | string>();
          for (const file of built.files) {
            const fragment = /^fragment\/(.+)\.pf_fragment$/.exec(file.path);
            if (fragment) {
              const { outline, blocks } = outlinePage(readFragment(file.content));
              written.set(`search/pages/${fragment[1]}.json`, JSON.stringify(outline));
              blocks.forEach((block, index) => written.set(`search/pages/${fragment[1]}/${index}.txt`, block));
            }
            if (!UNUSED.test(file.path)) written.set(`pagefind/${file.path}`, file.content);
          }
          for (const folder of new Set([...written.keys()].map((path) => dirname(join(site, path))))) await mkdir(folder, { recursive: true });
          for (const [path, content] of written) await writeFile(join(site, path), content);
          logger.info(`search index: ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** A fragment file is gzip of "pagefind_dcd" and the page's JSON. */
function readFragment(content: Uint8Array): PagefindFragment {
  const text = gunzipSync(content).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as PagefindFragment;
}
