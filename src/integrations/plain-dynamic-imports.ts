import type { Plugin } from 'vite';

/**
 * Vite wraps every dynamic `import()` of browser code in a helper that first preloads the imported
 * module's dependencies and stylesheets: about 0.9 KB gzip that the bootstrap every page runs
 * would have to load before the reader does anything. The modules this site loads lazily (search,
 * data tables; src/client/) import no stylesheets and fetch their one or two small dependencies as
 * they import them, so at build time the helper is replaced by one that simply imports.
 */
export function plainDynamicImports(): Plugin {
  return {
    name: 'plain-dynamic-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.name.startsWith('preload-helper')) continue;
        const exported = /export\s*\{\s*\w+\s+as\s+(\w+)\s*\}\s*;?\s*$/.exec(chunk.code)?.[1];
        if (!exported) throw new Error(`plain-dynamic-imports: Vite's preload helper (${chunk.fileName}) no longer has the shape this plugin replaces; remove the plugin or update it.`);
        chunk.code = `const load=(imported)=>imported();export{load as ${exported}};\n`;
      }
    },
  };
}
