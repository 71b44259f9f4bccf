// The site can be found (sitemap, robots.txt), followed (feed) and shared (Open Graph, canonical,
// structured data), and says how accessible it is.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { dist, htmlFiles, page, projectRoot } from './built-site.ts';
import { siteAddress, tagsOf } from './links.ts';

const site = siteAddress(dist);
const content = loadContent(projectRoot);
const pages = htmlFiles().filter((file) => file !== '404.html');
const addressOf = (file: string) => new URL(file.replace(/(^|\/)index\.html$/, '$1'), site).href;
const fileOf = (address: string) => join(dist, decodeURIComponent(new URL(address).pathname.slice(site.pathname.length)));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1] ?? '');

/** The head's meta and link tags of a built page: `og:title` → content, `canonical` → href, … */
function headOf(file: string) {
  const tags = tagsOf(read(file).split('</head>')[0] ?? '');
  const meta = new Map(tags.filter((tag) => tag.name === 'meta').map((tag) => [tag.attributes.get('property') ?? tag.attributes.get('name') ?? '', tag.attributes.get('content') ?? '']));
  const links = tags.filter((tag) => tag.name === 'link');
  return { meta, links, canonical: links.find((tag) => tag.attributes.get('rel') === 'canonical')?.attributes.get('href') };
}

/** The JSON-LD blocks of a built page, parsed. */
function jsonLdOf(path: string): Record<string, unknown>[] {
  return [...page(path).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1] ?? ''));
}

describe('sitemap and robots.txt', () => {
  const index = read('sitemap-index.xml');
  const listed = locs(index).flatMap((sitemap) => locs(readFileSync(fileOf(sitemap), 'utf8')));

  it('lists every page of the site once, and not the 404 page', () => {
    expect(listed.length).toBe(new Set(listed).size);
    expect([...listed].sort()).toEqual(pages.map(addressOf).sort());
    expect(pages.length).toBeGreaterThan(300);
  });

  it('names the sitemap in robots.txt, at the site address', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${new URL('sitemap-index.xml', site).href}\n`);
  });
});

describe('the feed', () => {
  const feed = read('feed.xml');
  const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => ({
    link: /<link>([^<]*)<\/link>/.exec(match[1] ?? '')?.[1],
    pubDate: /<pubDate>([^<]*)<\/pubDate>/.exec(match[1] ?? '')?.[1],
  }));
  const dateOf = (link: string) => items.find((item) => item.link === link)?.pubDate;

  it('lists every report with the date it was signed, if the filing states one', () => {
    for (const report of content.reports) {
      const link = new URL(`reports/${report.data.year}/`, site).href;
      expect(items.map((item) => item.link), link).toContain(link);
      expect(dateOf(link), link).toBe(report.data.signature?.date.toUTCString());
    }
  });

  it('lists every news item with its release date, and every policy', () => {
    for (const item of content.news) {
      const link = new URL(`news/${item.file.replace(/^.*\//, '').replace(/\.mdx$/, '')}/`, site).href;
      expect(dateOf(link), link).toBe(item.data.date.toUTCString());
    }
    expect(items.filter((item) => item.link?.includes('/policies/'))).toHaveLength(content.policies.length);
  });

  it('is advertised in the head of every page', () => {
    const without = htmlFiles().filter((file) => !headOf(file).links.some((tag) => tag.attributes.get('rel') === 'alternate' && tag.attributes.get('type') === 'application/rss+xml' && new URL(tag.attributes.get('href') ?? '', site).href === new URL('feed.xml', site).href));
    expect(without).toEqual([]);
  });
});

describe('Open Graph, Twitter and canonical tags', () => {
  it.each(pages)('%s has its own canonical address, a description and Open Graph tags', (file) => {
    const { meta, canonical } = headOf(file);
    expect(canonical).toBe(addressOf(file));
    expect(meta.get('og:url')).toBe(canonical);
    expect(meta.get('description')?.length).toBeGreaterThan(40);
    expect(meta.get('og:description')).toBe(meta.get('description'));
    expect(meta.get('og:title')).toBeTruthy();
    expect(meta.get('og:site_name')).toBeTruthy();
    expect(['website', 'article']).toContain(meta.get('og:type'));
    expect(meta.get('twitter:card')).toBe('summary_large_image');
    expect(existsSync(fileOf(meta.get('og:image') ?? site.href))).toBe(true);
  });

  it('gives each page a description of its own', () => {
    const descriptions = pages.map((file) => headOf(file).meta.get('description'));
    expect(new Set(descriptions).size).toBe(pages.length);
  });

  it('marks documents as articles', () => {
    expect(headOf('reports/2014/index.html').meta.get('og:type')).toBe('article');
    expect(headOf('policies/infinera-partner-code/index.html').meta.get('og:type')).toBe('article');
    expect(headOf('index.html').meta.get('og:type')).toBe('website');
  });

  it('keeps the 404 page out of search engines, without a canonical address', () => {
    const { meta, canonical } = headOf('404.html');
    expect(canonical).toBeUndefined();
    expect(meta.get('robots')).toBe('noindex');
  });
});

describe('structured data', () => {
  it.each(content.reports.map((report) => report.data.year))('describes the %i report, its filing and its table with downloads that exist', (year) => {
    const [block] = jsonLdOf(`/reports/${year}/`);
    const graph = block?.['@graph'] as Record<string, any>[];
    expect(graph.map((node) => node['@type'])).toEqual(['Report', 'Dataset']);
    expect(graph[0]?.publisher?.name).toBe('Infinera Corporation');
    const downloads = graph[1]?.distribution.map((download: { contentUrl: string }) => download.contentUrl);
    expect(downloads).toEqual([new URL(`reports/${year}/smelters-${year}.csv`, site).href, new URL(`reports/${year}/smelters-${year}.json`, site).href]);
    expect(downloads.filter((address: string) => !existsSync(fileOf(address)))).toEqual([]);
  });

  it('describes the all-years file on the reports page', () => {
    const [dataset] = jsonLdOf('/reports/');
    expect(dataset?.['@type']).toBe('Dataset');
    const downloads = (dataset?.distribution as { contentUrl: string }[]).map((download) => download.contentUrl);
    expect(downloads).toHaveLength(2);
    expect(downloads.filter((address) => !existsSync(fileOf(address)))).toEqual([]);
  });
});

describe('the accessibility statement', () => {
  it('states the target, the testing, the known limitations and how to report a problem', () => {
    const html = page('/accessibility/');
    expect(html).toContain('WCAG) 2.2</a> at level AA');
    for (const id of ['how-it-is-tested', 'known-limitations', 'report-a-problem']) expect(html).toContain(`id="${id}"`);
    expect(html).not.toMatch(/mailto:|tel:/);
  });

  it('is linked from every page', () => {
    const address = new URL('accessibility/', site).href;
    const without = htmlFiles().filter((file) => !tagsOf(read(file)).some((tag) => tag.name === 'a' && new URL(tag.attributes.get('href') ?? '', addressOf(file)).href === address));
    expect(without).toEqual([]);
  });
});
