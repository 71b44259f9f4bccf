import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { throwIfProblems } from '../lib/content-problem.ts';
import { loadContent } from '../lib/load-content.ts';

/**
 * Runs the same validation as `npm run check` before Astro loads any content, so a content
 * mistake stops `astro build` (and `astro dev`) with every problem in the site's own words,
 * rather than with the first schema error Astro happens to meet.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        throwIfProblems(loadContent(fileURLToPath(config.root)).problems);
        logger.info('content checked: no problems');
      },
    },
  };
}
