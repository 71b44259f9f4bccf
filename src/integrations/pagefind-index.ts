import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readFragments } from '../lib/presentation/pagefind-fragments.ts';
import { outlinePage } from '../lib/presentation/search-sections.ts';
import { separateBlocks } from '../lib/presentation/search-text.ts';

/**
 * Pagefind's index is split into chunks of about this many word positions, and a query fetches
 * the chunk holding each of its words. Pagefind's default (20,000) makes a chunk of about 30 KB
 * gzip on this site, as much as the rest of a first search; 2,500 makes it about 5 KB, for 6%
 * more index in all. Pagefind reads it from the environment only (it marks it unstable);
 * test/site/search-index.test.ts fails if chunks grow back (docs/pagefind.md).
 */
const INDEX_CHUNK_POSITIONS = '2500';

/**
 * Pagefind files the site never loads: its page fragments (results are shown from the outlines
 * and blocks of words written below, see src/lib/presentation/search-sections.ts) and its ready-made user
 * interfaces (the site has its own).
 */
const UNUSED = /^(fragment|pagefind-(ui|modular-ui|component-ui|highlight)\.)/;

/** Pages handed to Pagefind at once: enough to keep it busy, few enough to hold little in memory. */
const PAGES_AT_ONCE = 8;

/** Every HTML file under `dir`, as paths relative to it ("reports/2014/index.html"). */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name).slice(dir.length).replace(/^[\\/]/, '').replaceAll('\\', '/'));
}

/**
 * Builds the Pagefind search index into dist/pagefind/ at the end of `astro build`, and the
 * results' outlines and the pages' words (in blocks) into dist/search/pages/. Pagefind reads each
 * page with its boxes kept apart (src/lib/presentation/search-text.ts), so table cells and list
 * items are not indexed as one word. Fails the build if Pagefind reports any error, finds
 * suspiciously few pages, or writes fragments the build cannot read: a site whose search silently
 * misses pages must not be published.
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
          const files = await htmlFiles(site);
          let indexedPages = 0;
          for (let from = 0; from < files.length; from += PAGES_AT_ONCE) {
            await Promise.all(
              files.slice(from, from + PAGES_AT_ONCE).map(async (sourcePath) => {
                const html = await readFile(join(site, sourcePath), 'utf8');
                // Pagefind indexes only the pages that mark their body, as every indexed page here
                // does; the others (facility pages, comparisons of years apart) are not sent at all.
                if (!/\sdata-pagefind-body[\s>=]/.test(html)) return;
                indexedPages++;
                const added = await index.addHTMLFile({ sourcePath, content: separateBlocks(html) });
                if (added.errors.length > 0) throw new Error(`Pagefind failed to index ${sourcePath}:\n${added.errors.join('\n')}`);
              }),
            );
          }
          if (indexedPages < minimumPages) throw new Error(`Pagefind indexed only ${indexedPages} pages; expected at least ${minimumPages}`);
          // Written to disk, then read one fragment at a time: the whole index and every page's
          // fragment in memory at once grew with the archive (tens of MB at 6,000 pages).
          const pagefindFolder = join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: pagefindFolder });
          if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index:\n${written.errors.join('\n')}`);
          // No fragment folder reads as no fragments: readFragments then says what changed.
          const fragmentNames = existsSync(join(pagefindFolder, 'fragment')) ? await readdir(join(pagefindFolder, 'fragment')) : [];
          const fragmentFiles = fragmentNames.map((file) => ({ path: `fragment/${file}`, content: () => readFileSync(join(pagefindFolder, 'fragment', file)) }));
          const outlines = join(site, 'search', 'pages');
          await mkdir(outlines, { recursive: true });
          for (const [page, fragment] of readFragments(fragmentFiles, indexedPages)) {
            const { outline, blocks } = outlinePage(fragment);
            await writeFile(join(outlines, `${page}.json`), JSON.stringify(outline));
            if (blocks.length > 0) await mkdir(join(outlines, page), { recursive: true });
            for (const [number, block] of blocks.entries()) await writeFile(join(outlines, page, `${number}.txt`), block);
          }
          for (const file of await readdir(pagefindFolder)) if (UNUSED.test(file)) await rm(join(pagefindFolder, file), { recursive: true });
          logger.info(`search index: ${indexedPages} of ${files.length} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
