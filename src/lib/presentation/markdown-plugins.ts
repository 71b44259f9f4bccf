import GithubSlugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { linkFirstUses, termMatchers } from '../domain/glossary.ts';

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
                // Not searchable: "Link to this section" would fill search excerpts.
                properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
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

// Text inside these elements is never linked to the glossary: headings keep their names clean,
// links cannot nest, code is literal.
const noGlossaryLinks = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'script', 'style', 'title']);

/**
 * Links the first use of each glossary term in a document to `/glossary/#<id>` (a plain link,
 * no script). `terms` is asked once per document, so it gives the terms as last read. `glossaryPath` is the glossary page's root-relative path; `baseLinks` adds the base.
 */
export function glossaryLinks(terms: () => readonly Pick<GlossaryTerm, 'id' | 'match'>[], glossaryPath = '/glossary/'): HastPluginEntry {
  return () => {
    const matchers = termMatchers(terms());
    const used = new Set<string>();
    return {
      name: 'glossary-links',
      text(node, ctx) {
        for (let parent: ReturnType<typeof ctx.parent> = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
          if (parent.type === 'element' && noGlossaryLinks.has(parent.tagName)) return;
        }
        const pieces = linkFirstUses(node.value, matchers, used);
        if (pieces.length === 1 && typeof pieces[0] === 'string') return;
        ctx.replaceNode(
          node,
          pieces.map((piece) =>
            typeof piece === 'string'
              ? { type: 'text', value: piece }
              : { type: 'element', tagName: 'a', properties: { href: `${glossaryPath}#${piece.id}`, className: ['glossary-term'] }, children: [{ type: 'text', value: piece.text }] },
          ),
        );
      },
    };
  };
}
