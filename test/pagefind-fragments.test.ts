// The build reads Pagefind's page fragments, an undocumented format (docs/pagefind.md): a Pagefind
// upgrade that changes it must stop the build with what changed, not publish an empty search.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFragment, readFragments } from '../src/lib/presentation/pagefind-fragments.ts';

const page = { url: '/reports/2014/', content: 'Report 2014. Due diligence.', word_count: 4, filters: {}, meta: { title: 'Report 2014' }, anchors: [{ element: 'h2', id: 'due-diligence', text: 'Due diligence', location: 2 }] };
const file = (data: unknown, signature = 'pagefind_dcd') => gzipSync(Buffer.from(`${signature}${JSON.stringify(data)}`));

describe('readFragment', () => {
  it('reads a page as Pagefind 1.x writes it', () => {
    expect(readFragment('fragment/en_1.pf_fragment', file(page))).toMatchObject({ url: '/reports/2014/', word_count: 4, meta: { title: 'Report 2014' } });
  });

  it.each([
    ['another signature', file(page, 'pagefind_xyz'), /does not begin with "pagefind_dcd"/],
    ['no content', file({ ...page, content: undefined }), /content/],
    ['anchors without positions', file({ ...page, anchors: [{ element: 'h2', id: 'a', text: 'A' }] }), /anchors\.0\.location/],
    ['meta of another shape', file({ ...page, meta: [['title', 'Report']] }), /meta/],
    ['a word count the site does not share', file({ ...page, word_count: 5 }), /5 words by Pagefind's count and 4 by the site's/],
  ])('stops the build on a fragment with %s, and says what to do', (_case, content, message) => {
    expect(() => readFragment('fragment/en_1.pf_fragment', content)).toThrow(message);
    expect(() => readFragment('fragment/en_1.pf_fragment', content)).toThrow(/docs\/pagefind\.md/);
  });
});

describe('readFragments', () => {
  it('reads every fragment by its name and leaves the other files', () => {
    const fragments = readFragments([{ path: 'fragment/en_1.pf_fragment', content: () => file(page) }, { path: 'index/en_2.pf_index', content: () => new Uint8Array() }, { path: 'pagefind.js', content: () => new Uint8Array() }], 1);
    expect([...fragments].map(([name]) => name)).toEqual(['en_1']);
  });

  it.each([
    ['no fragment at all (renamed or moved files)', [{ path: 'fragments/en_1.json', content: () => file(page) }], 1],
    ['fewer fragments than indexed pages', [{ path: 'fragment/en_1.pf_fragment', content: () => file(page) }], 2],
  ])('stops the build on %s', (_case, files, pages) => {
    expect(() => [...readFragments(files, pages)]).toThrow(/page fragments .* for \d+ indexed pages.*docs\/pagefind\.md/);
  });
});
