import type { AstroIntegration } from 'astro';

/**
 * Content problems in `astro dev`: the loaders keep the server running and collect the problems
 * (src/loaders/content-loaders.ts); this adds a middleware that answers every page with them, so
 * the browser's error overlay shows `file:line — what — fix` until the file is fixed. The build
 * needs nothing here: its loaders stop it with every problem listed.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./content-problems-middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
