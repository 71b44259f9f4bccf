import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into dist/pagefind/ at the end of `astro build`, and fails the
 * build if Pagefind reports any error or finds suspiciously few pages: a site whose search
 * silently misses pages must not be published.
 */
export function pagefindIndex({ minimumPages = 5 } = {}): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind failed to index the site:\n${added.errors.join('\n')}`);
          if (added.page_count < minimumPages) throw new Error(`Pagefind indexed only ${added.page_count} pages; expected at least ${minimumPages}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index:\n${written.errors.join('\n')}`);
          logger.info(`search index: ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
