// Pagefind reads pages with their boxes kept apart (src/lib/presentation/search-text.ts): words of
// two cells, a term and its definition, or list items must not run together, and a word split by
// inline tags must stay one word.
import { describe, expect, it } from 'vitest';
import { separateBlocks } from '../src/lib/presentation/search-text.ts';

/** The text as Pagefind would join it where it adds nothing: tags dropped, whitespace collapsed. */
const joined = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

describe('separateBlocks', () => {
  it.each([
    ['table header cells', '<tr><th>Metal</th><th>Facilities</th><th>Marked</th></tr>', 'Metal Facilities Marked'],
    ['a row header and its cells', '<tr><th scope="row">2013</th><td>87</td></tr>', '2013 87'],
    ['a definition list', '<dl><dt>Matched</dt><dd>named</dd><dt>Changes</dt><dd>26 words</dd></dl>', 'Matched named Changes 26 words'],
    ['a caption and the table', '<table><caption>Smelters</caption><thead><tr><th>Year</th></tr></thead></table>', 'Smelters Year'],
    ['a figure caption', '<figure><svg></svg><figcaption>Share marked</figcaption></figure><p>Gold</p>', 'Share marked Gold'],
    ['list items', '<ol><li>One</li><li>Two</li></ol>', 'One Two'],
    ['text then a block', 'Download<ul><li>2013</li></ul>', 'Download 2013'],
    ['a line break', 'Form<br>SD', 'Form SD'],
    ['custom and unknown elements', '<x-cell>a</x-cell><x-cell>b</x-cell>', 'a b'],
  ])('keeps %s apart', (_case, html, text) => {
    expect(joined(separateBlocks(html))).toBe(text);
  });

  it.each([
    ['emphasis inside a word', '<p><b>H</b>ello <em>wor</em>ld</p>', 'Hello world'],
    ['a link and its punctuation', '<p>See <a href="/x/">the policy</a>.</p>', 'See the policy.'],
    ['an insertion inside a word', '<p><ins>http://</ins>www.example.com</p>', 'http://www.example.com'],
    ['upper-case tag names', '<P>A<SPAN>b</SPAN></P><P>C</P>', 'Ab C'],
  ])('keeps %s whole', (_case, html, text) => {
    expect(joined(separateBlocks(html))).toBe(text);
  });

  it('reads an attribute holding ">" as part of its tag', () => {
    expect(separateBlocks('<td title="a > b">x</td><td>y</td>')).toBe(' <td title="a > b"> x </td>  <td> y </td> ');
  });
});
