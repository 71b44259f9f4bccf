import { describe, expect, it } from 'vitest';
import { kindOf, markupFeatures, sampleOfEachKind } from './support/page-sample.ts';

describe('kindOf', () => {
  it.each([
    ['/', '/'],
    ['/404.html', '/404.html'],
    ['/smelters/', '/smelters/'],
    ['/smelters/gold-x/', '/smelters/*/'],
    ['/smelters/gold/a/', '/smelters/*/*/'],
  ])('files %s under %s', (address, kind) => {
    expect(kindOf(address)).toBe(kind);
  });
});

describe('markupFeatures', () => {
  it('finds elements, classes, roles and aria/data attribute names', () => {
    expect([...markupFeatures('<nav class="toc wide" aria-label="x"><a role="button" data-x="1">y</a></nav>')].sort()).toEqual(
      ['a', 'a[data-x]', 'a[role=button]', 'nav', 'nav.toc', 'nav.wide', 'nav[aria-label]'].sort(),
    );
  });
});

describe('sampleOfEachKind', () => {
  const facility = (id: string, body: string) => ({ address: `/smelters/${id}/`, html: `<main>${body}</main>` });
  const pages = [
    { address: '/', html: '<main><h1>Home</h1></main>' },
    facility('a', '<p>short</p>'),
    facility('b', '<p>a longer page with a table</p><table><caption>x</caption></table>'),
    facility('c', '<p>another longer page, same markup as b</p><table><caption>y</caption></table>'),
    facility('d', '<p>a page with a list</p><ul class="aliases"><li>x</li></ul>'),
  ];

  it('opens every markup feature of each kind on some sampled page', () => {
    const sample = sampleOfEachKind(pages);
    for (const kind of new Set(pages.map((entry) => kindOf(entry.address)))) {
      const all = pages.filter((entry) => kindOf(entry.address) === kind).flatMap((entry) => [...markupFeatures(entry.html)]);
      const sampled = pages.filter((entry) => sample.includes(entry.address)).flatMap((entry) => [...markupFeatures(entry.html)]);
      expect(all.filter((feature) => !sampled.includes(feature))).toEqual([]);
    }
  });

  it('takes the largest page, pages adding markup, and the smallest, but not a page adding nothing', () => {
    expect(sampleOfEachKind(pages)).toEqual(['/', '/smelters/a/', '/smelters/c/', '/smelters/d/']);
  });
});
