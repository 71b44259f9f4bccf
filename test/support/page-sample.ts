// Which built pages the expensive checks (axe in Chromium, the CSP in Chromium) open. Every page
// still gets the cheap checks (html-validate, links, headers, metadata); the browser checks open a
// sample of each kind of page chosen so that every element, class, role and ARIA attribute found
// on any page of that kind appears on some sampled page. What axe judges (contrast, names,
// landmarks, ARIA use) depends on that markup and the CSS it selects, not on which facility a
// page is about, so the sample meets every rule the full set would.
/** A page's address from its file under dist/ (`smelters/x/index.html` → `/smelters/x/`). */
export const addressOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** The kind of a page: its section and depth (`/smelters/<id>/` and `/smelters/<metal>/<letter>/` are two kinds), or the page itself at the top. */
export function kindOf(address: string): string {
  const parts = address.split('/').filter(Boolean);
  return parts.length <= 1 ? address : `/${parts[0]}/${parts.slice(1).map(() => '*/').join('')}`;
}

/** The markup features of a page: element names, `element.class`, roles and ARIA/data attribute names. */
export function markupFeatures(html: string): Set<string> {
  const features = new Set<string>();
  for (const [, name, attributes = ''] of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/g)) {
    features.add(name!);
    for (const className of /\bclass="([^"]*)"/.exec(attributes)?.[1]?.split(/\s+/) ?? []) if (className) features.add(`${name}.${className}`);
    const role = /\brole="([^"]*)"/.exec(attributes)?.[1];
    if (role) features.add(`${name}[role=${role}]`);
    for (const [, attribute] of attributes.matchAll(/\s((?:aria|data)-[a-z-]+)=/g)) features.add(`${name}[${attribute}]`);
  }
  return features;
}

/**
 * Pages that between them show every markup feature of their kind: the largest page of each kind
 * first (most content), then, greedily, the page adding the most features not yet covered; and
 * the smallest page of the kind (the emptiest state), in address order.
 */
export function sampleOfEachKind(pages: readonly { address: string; html: string }[]): string[] {
  const kinds = Map.groupBy(pages, (entry) => kindOf(entry.address));
  return [...kinds.values()].flatMap((members) => {
    const features = members.map((member) => ({ address: member.address, size: member.html.length, features: markupFeatures(member.html) }));
    features.sort((a, b) => b.size - a.size || a.address.localeCompare(b.address));
    const covered = new Set<string>();
    const chosen: string[] = [];
    for (let next = features[0]; next; ) {
      chosen.push(next.address);
      for (const feature of next.features) covered.add(feature);
      const gains = features.map((candidate) => [...candidate.features].filter((feature) => !covered.has(feature)).length);
      const best = Math.max(...gains);
      next = best > 0 ? features[gains.indexOf(best)] : undefined;
    }
    const smallest = features.at(-1)!.address;
    return chosen.includes(smallest) ? chosen : [...chosen, smallest];
  }).sort();
}
