import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/presentation/url.ts';

// Generated rather than a file in public/ so the sitemap address follows SITE_URL and BASE_PATH.
// (Crawlers read robots.txt only at a domain's root; under a project page's sub-path it is a
// harmless extra, and the sitemap is still linked from there.)
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs sets no `site`: robots.txt needs the sitemap’s full address.');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
