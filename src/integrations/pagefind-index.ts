import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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
const UNUSED = /^(fragment|pagefind-(ui|modular-ui|component-ui|highlight)\.)/;

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
          // Written to disk, then read one fragment at a time: the whole index and every page's
          // fragment in memory at once grew with the archive (tens of MB at 6,000 pages).
          const pagefindFolder = join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: pagefindFolder });
          if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index:\n${written.errors.join('\n')}`);
          const fragments = join(pagefindFolder, 'fragment');
          const outlines = join(site, 'search', 'pages');
          await mkdir(outlines, { recursive: true });
          for (const file of await readdir(fragments)) {
            const page = /^(.+)\.pf_fragment$/.exec(file)?.[1];
            if (!page) continue;
            const { outline, blocks } = outlinePage(readFragment(await readFile(join(fragments, file))));
            await writeFile(join(outlines, `${page}.json`), JSON.stringify(outline));
            if (blocks.length > 0) await mkdir(join(outlines, page), { recursive: true });
            for (const [number, block] of blocks.entries()) await writeFile(join(outlines, page, `${number}.txt`), block);
          }
          for (const file of await readdir(pagefindFolder)) if (UNUSED.test(file)) await rm(join(pagefindFolder, file), { recursive: true });
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
