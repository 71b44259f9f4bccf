// The HTML Pagefind reads, made to keep words apart where a browser does. Astro writes pages
// without whitespace between tags ("<th>Metal</th><th>Facilities</th>", "</dt><dd>"), and
// Pagefind separates the text of only some elements (p, td, li, div, headings…; not th, dt, dd,
// caption, figcaption, tr…): their words ran together in its index and in the site's excerpts
// ("markedgold"). A space on both sides of every tag but those of inline text restores the
// boundaries a reader sees; the published pages are unchanged.

/**
 * Elements of running text: a word may begin in one and end in the next ("<b>H</b>ello"), so
 * their tags must not split it. Every other element is a box of its own on screen.
 */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark',
  'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

/** A start or end tag, its quoted attribute values read whole (they may hold ">"). */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** The page with a space before and after every tag that is not inline text's. */
export function separateBlocks(html: string): string {
  return html.replace(TAG, (tag: string, _slash: string, name: string) => (INLINE.has(name.toLowerCase()) ? tag : ` ${tag} `));
}
