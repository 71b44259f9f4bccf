// Reads the page fragments Pagefind writes (fragment/*.pf_fragment) for the site's own search files
// (search-sections.ts), before the build drops them. The format is Pagefind's undocumented own:
// anything unexpected stops the build with what changed, rather than publishing a search that
// shows nothing or the wrong words (docs/pagefind.md).
import { gunzipSync } from 'node:zlib';
import { pagefindFragmentSchema, type PagefindFragment } from '../../schemas/pagefind-fragment.ts';
import { pageWords } from './search-sections.ts';

const FRAGMENT_PATH = /^fragment\/(.+)\.pf_fragment$/;
const SIGNATURE = 'pagefind_dcd';
const UPGRADE_HINT = 'Pagefind has changed how it writes page fragments; see docs/pagefind.md.';

/** A fragment file's page: `content` is gzip of "pagefind_dcd" and the page's JSON. */
export function readFragment(path: string, content: Uint8Array): PagefindFragment {
  const text = gunzipSync(content).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${path} does not begin with "${SIGNATURE}". ${UPGRADE_HINT}`);
  const parsed = pagefindFragmentSchema.safeParse(JSON.parse(text.slice(SIGNATURE.length)));
  if (!parsed.success) throw new Error(`${path} lacks what the build reads: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the page'}: ${issue.message}`).join('; ')}. ${UPGRADE_HINT}`);
  const fragment = parsed.data;
  // The site shows a result's words by Pagefind's positions: they must count the same words.
  const counted = pageWords(fragment.content).length;
  if (counted !== fragment.word_count) throw new Error(`${path} (${fragment.url}) has ${fragment.word_count} words by Pagefind's count and ${counted} by the site's. ${UPGRADE_HINT}`);
  return fragment;
}

/**
 * Every page fragment among Pagefind's files, by the name the site's files take (the fragment's
 * hash), one at a time as `files` yields them, so a large archive's fragments are never all in
 * memory. There must be one for each page Pagefind indexed (`indexedPages`): checked once all
 * are read.
 */
export function* readFragments(files: Iterable<{ path: string; content: () => Uint8Array }>, indexedPages: number): Generator<[string, PagefindFragment]> {
  let count = 0;
  for (const file of files) {
    const name = FRAGMENT_PATH.exec(file.path)?.[1];
    if (!name) continue;
    count++;
    yield [name, readFragment(file.path, file.content())];
  }
  if (count !== indexedPages) throw new Error(`Pagefind built ${count} page fragments (fragment/*.pf_fragment) for ${indexedPages} indexed pages. ${UPGRADE_HINT}`);
}
