// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { fileURLToPath } from 'node:url';
import { readGlossary } from './src/lib/glossary.ts';
import { baseLinks, glossaryLinks, headingAnchors } from './src/lib/markdown-plugins.ts';

// Where the site is published. For a GitHub project page set SITE_URL=https://<owner>.github.io
// and BASE_PATH=/<repository>; for a custom domain set SITE_URL=https://<domain> and BASE_PATH=/.
// See README "Deploying".
const site = process.env.SITE_URL ?? 'https://disclosures.example.org';
const base = process.env.BASE_PATH ?? '/';

// The glossary's terms are linked where they first appear in policies and reports (content/glossary.yaml;
// its problems are reported with all others by the content check).
const glossary = readGlossary(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Transcriptions keep the source's own quotes and dashes: no smart punctuation.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [glossaryLinks(glossary.terms), headingAnchors(), baseLinks(base)] }),
  },
  // The sitemap (sitemap-index.xml, named in robots.txt) lists every page at SITE_URL + BASE_PATH; 404 is left out.
  integrations: [contentCheck(), mdx(), sitemap(), pagefindIndex()],
});
