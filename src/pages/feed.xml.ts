import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { feedItems } from '../lib/presentation/feed.ts';
import { siteName } from '../lib/presentation/site.ts';
import { absoluteUrl } from '../lib/presentation/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const [reports, policies, news] = await Promise.all([getCollection('reports'), getCollection('policies'), getCollection('news')]);
  if (!site) throw new Error('astro.config.mjs sets no `site`: the feed needs full addresses.');
  return rss({
    title: siteName,
    description: 'New conflict minerals reports, policies and news on this site.',
    site: absoluteUrl('/', site),
    items: feedItems({ reports, policies, news }).map(({ path, ...item }) => ({ ...item, link: absoluteUrl(path, site) })),
    customData: '<language>en</language>',
  });
};
