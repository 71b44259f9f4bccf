import { statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { loadContent, type LoadedContent } from '../lib/content/load-content.ts';

// Every collection is filled from one reading of content/: the first loader to ask reads and
// validates everything (src/lib/content/load-content.ts), the others share the result. A change to any
// file under content/ makes the next loader to ask read it again, once per change.

let current: { root: string; content: LoadedContent } | undefined;
let lastChange: string | undefined;

/** How many times content/ has been read in this process (build stats; tests assert it is 1 per build). */
export let contentReads = 0;

/** All of content/, read and validated once and shared by every collection's loader. */
export function sharedContent(root: string): LoadedContent {
  if (current?.root !== root) {
    contentReads++;
    current = { root, content: loadContent(root) };
  }
  return current.content;
}

/** The content folder the loaders watch. */
export function contentFolder(root: string): string {
  return join(root, 'content');
}

/** Whether a watcher event concerns content/ (the loaders' files), not the site's source. */
export function isContentPath(root: string, path: string): boolean {
  return path.startsWith(contentFolder(root) + sep);
}

/**
 * Forgets the shared content after a change to `path`. Every collection's watcher hears the same
 * event; the modification time tells a new change from one already handled, so it is read once.
 */
export function forgetAfterChange(event: string, path: string): void {
  const change = `${event}:${path}:${statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 'gone'}`;
  if (change === lastChange) return;
  lastChange = change;
  current = undefined;
}
