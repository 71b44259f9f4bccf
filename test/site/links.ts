// Follows every address a built page points to (links, scripts, styles, images, forms, the
// canonical and Open Graph addresses) and reports those that lead nowhere in dist/: a missing
// page or file, an address outside the base path, or a #fragment with no such id on its page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The tags of a page with their attributes; script and style bodies and comments are left out. */
export function tagsOf(html: string): { name: string; attributes: Map<string, string> }[] {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  return [...markup.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)].map((tag) => ({
    name: (tag[1] ?? '').toLowerCase(),
    attributes: new Map([...(tag[2] ?? '').matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)].map((attribute) => [
      (attribute[1] ?? '').toLowerCase(),
      decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''),
    ])),
  }));
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every address in a tag that a browser or crawler would follow. */
function addressesOf(tag: { name: string; attributes: Map<string, string> }): string[] {
  const found = ['href', 'src', 'action', 'poster'].flatMap((name) => tag.attributes.get(name) ?? []);
  const srcset = tag.attributes.get('srcset');
  if (srcset) found.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean));
  if (tag.name === 'meta' && /^og:(url|image)$/.test(tag.attributes.get('property') ?? '')) found.push(tag.attributes.get('content') ?? '');
  return found;
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name.endsWith('.html') ? [`${prefix}${entry.name}`] : [];
  });
}

/** The site's origin and base path, read from the home page's canonical link. */
export function siteAddress(dist: string): URL {
  const canonical = tagsOf(readFileSync(join(dist, 'index.html'), 'utf8')).find((tag) => tag.name === 'link' && tag.attributes.get('rel') === 'canonical');
  const href = canonical?.attributes.get('href');
  if (!href) throw new Error('dist/index.html has no <link rel="canonical">, so the site address is unknown');
  return new URL(href);
}

/** Checks the pages of a built site: `check(page)` lists problems, one line each (`page → address: what is wrong`). */
export function linkChecker(dist: string): { pages: string[]; check(page: string): string[] } {
  const site = siteAddress(dist);
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      const tags = tagsOf(readFileSync(join(dist, file), 'utf8'));
      ids = new Set(tags.flatMap((tag) => [tag.attributes.get('id') ?? [], tag.name === 'a' ? (tag.attributes.get('name') ?? []) : []].flat()));
      idsCache.set(file, ids);
    }
    return ids;
  };
  return {
    pages: filesUnder(dist),
    check(page) {
      const pageUrl = new URL(page.replace(/(^|\/)index\.html$/, '$1'), site);
      return tagsOf(readFileSync(join(dist, page), 'utf8'))
        .flatMap(addressesOf)
        .flatMap((address) => {
          const problem = checkAddress(address, pageUrl, site, dist, idsOf);
          return problem ? [`${page} → ${address}: ${problem}`] : [];
        });
    },
  };
}

function checkAddress(address: string, pageUrl: URL, site: URL, dist: string, idsOf: (file: string) => Set<string>): string | undefined {
  if (address.trim() === '') return 'empty address';
  const target = new URL(address, pageUrl);
  if (!['http:', 'https:'].includes(target.protocol) || target.origin !== site.origin) return undefined; // another site, mailto:, tel:
  if (!target.pathname.startsWith(site.pathname)) return `outside the base path ${site.pathname}`;
  const path = decodeURIComponent(target.pathname.slice(site.pathname.length));
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!existsSync(join(dist, file))) return 'no such page or file';
  if (statSync(join(dist, file)).isDirectory()) {
    if (!existsSync(join(dist, file, 'index.html'))) return 'no such page or file';
    return 'a page address without its trailing slash (the site uses "/" at the end of every page address)';
  }
  if (target.hash === '' || target.hash === '#') return address.endsWith('#') ? 'an empty #fragment' : undefined;
  if (!file.endsWith('.html')) return 'a #fragment on a file that is not a page';
  const id = decodeURIComponent(target.hash.slice(1));
  return idsOf(file).has(id) ? undefined : `no element with id "${id}" on ${file}`;
}
