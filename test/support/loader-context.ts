// A stand-in for the context Astro gives a content loader, for running the loaders in unit tests.
import type { LoaderContext } from 'astro/loaders';
import { pathToFileURL } from 'node:url';

export interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  deferredRender?: boolean;
}

/** A loader context for the project at `root`, as in a build (no watcher), with an in-memory store. */
export function buildLoaderContext(root: string, logged: string[] = []): { context: LoaderContext; entries: Map<string, StoredEntry> } {
  const entries = new Map<string, StoredEntry>();
  const store = {
    keys: () => [...entries.keys()],
    get: (id: string) => entries.get(id),
    set: (entry: StoredEntry) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    addModuleImport: () => {},
  };
  const log = (message: string) => void logged.push(message);
  const context = {
    collection: 'test',
    store,
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info: log, warn: log, error: log, debug: () => {} },
    generateDigest: (data: unknown) => JSON.stringify(data),
  } as unknown as LoaderContext;
  return { context, entries };
}
