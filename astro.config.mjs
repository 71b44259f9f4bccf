// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { plainDynamicImports } from './src/integrations/plain-dynamic-imports.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { quietUpstreamWarnings } from './src/integrations/upstream-warnings.ts';
import { sharedGlossary } from './src/lib/domain/glossary.ts';
import { baseLinks, glossaryLinks, headingAnchors } from './src/lib/presentation/markdown-plugins.ts';
import { astroCsp } from './src/lib/presentation/security-policy.ts';

// Where the site is published. For a GitHub project page set SITE_URL=https://<owner>.github.io
// and BASE_PATH=/<repository>; for a custom domain set SITE_URL=https://<domain> and BASE_PATH=/.
// See docs/deploying.md.
const site = process.env.SITE_URL ?? 'https://disclosures.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // The filings have no code to highlight; Shiki's inline styles would be blocked by the CSP.
    syntaxHighlight: false,
    // Transcriptions keep the source's own quotes and dashes: no smart punctuation.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [glossaryLinks(sharedGlossary), headingAnchors(), baseLinks(base)] }),
  },
  // A strict Content-Security-Policy on every page (src/lib/presentation/security-policy.ts; docs/deploying.md).
  security: { csp: astroCsp() },
  // The sitemap (sitemap-index.xml, named in robots.txt) lists every page at SITE_URL + BASE_PATH; 404 is left out.
  integrations: [contentCheck(), mdx(), sitemap(), pagefindIndex(), securityHeaders()],
  // The bootstrap every page runs loads search and table code with import(): without Vite's preload
  // helper. Warnings Astro's own build raises and only Astro can fix are left out of the output.
  vite: { plugins: [plainDynamicImports(), quietUpstreamWarnings()] },
});
