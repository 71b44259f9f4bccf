import GithubSlugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';

/**
 * Gives every h2–h4 of a document a visible "link to this section" anchor, Starlight-style:
 * the heading is wrapped with the link after it, so the heading's own name stays clean for
 * screen readers. Ids are the ones Astro gives (github-slugger of the text), kept if present.
 */
export function headingAnchors(): HastPluginEntry {
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'heading-anchors',
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
          if (node.type !== 'element') return;
          const text = ctx.textContent(node);
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { className: ['heading-anchor'], href: `#${id}` },
                children: [
                  { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
                  { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to this section: ${text}` }] },
                ],
              },
            ],
          });
        },
      },
    };
  };
}

/** Prefixes root-relative links in content (`/reports/2013/#…`) with the site's base path. */
export function baseLinks(base: string): HastPluginEntry {
  const prefix = base.replace(/\/$/, '');
  return {
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.type === 'element' ? node.properties?.href : undefined;
        if (prefix && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
          ctx.setProperty(node, 'href', `${prefix}${href}`);
        }
      },
    },
  };
}
