import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from './built-site.ts';
import { linkChecker } from './links.ts';

const checker = linkChecker(dist);
const allProblems = (site: string) => {
  const { pages, check } = linkChecker(site);
  return pages.flatMap(check);
};

/** A tiny built site in a scratch folder, under the base path /sub/. */
function scratchSite(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const head = (path: string) => `<!doctype html><html><head><link rel="canonical" href="https://example.org/sub/${path}"></head><body>`;

describe('internal links', () => {
  it.each(checker.pages)('every link, script, style, image and #fragment on %s resolves', (page) => {
    expect(checker.check(page)).toEqual([]);
  });

  it('the checker finds each kind of broken link', () => {
    const site = scratchSite({
      'index.html': `${head('')}<h1 id="top">Home</h1><a href="/sub/page/#top">ok</a><a href="https://other.org/x">other site</a><a href="mailto:a@b.c">mail</a><a href="#top">ok</a>
        <a href="/sub/missing/">1</a><a href="/sub/page/#nowhere">2</a><a href="/elsewhere/">3</a><a href="/sub/page">4</a><a href="#">5</a>
        <img src="/sub/missing.png" alt=""><script>document.write('<a href="/sub/in-script/">')</script><!-- <a href="/sub/in-comment/"> --></body></html>`,
      'page/index.html': `${head('page/')}<p id="top"><a href="../">up</a><a href="https://example.org/sub/page/#gone">6</a></p></body></html>`,
    });
    expect(allProblems(site)).toEqual([
      'index.html → /sub/missing/: no such page or file',
      'index.html → /sub/page/#nowhere: no element with id "nowhere" on page/index.html',
      'index.html → /elsewhere/: outside the base path /sub/',
      'index.html → /sub/page: a page address without its trailing slash (the site uses "/" at the end of every page address)',
      'index.html → #: an empty #fragment',
      'index.html → /sub/missing.png: no such page or file',
      'page/index.html → https://example.org/sub/page/#gone: no element with id "gone" on page/index.html',
    ]);
  });
});
