import type { Loader, LoaderContext } from 'astro/loaders';
import { basename, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../lib/content/content-problem.ts';
import { buildFacilities } from '../lib/domain/facilities.ts';
import { shareGlossary } from '../lib/domain/glossary.ts';
import type { LoadedContent, LoadedDocument } from '../lib/content/load-content.ts';
import { contentFolder, forgetAfterChange, isContentPath, sharedContent } from './content-source.ts';

/** What a loader puts in its collection's store. */
interface Entry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  /** Project-relative path of an MDX document; Astro's MDX integration renders it (deferred). */
  filePath?: string;
}

type Watcher = NonNullable<LoaderContext['watcher']>;

/**
 * A loader filling one collection from the shared reading of content/ (src/loaders/content-source.ts).
 * In `astro dev` it watches content/, like Astro's own glob() and file() loaders: a change to any
 * content file (CSV, YAML, MDX) reads the content again and updates the store, and Astro reloads
 * the page. `afterPublish` lets the problems collection report in the terminal or stop the build.
 */
function contentLoader(name: string, entriesOf: (content: LoadedContent) => Entry[], afterPublish?: (content: LoadedContent, context: LoaderContext) => void): Loader {
  return {
    name,
    async load(context) {
      const { store, config, watcher, generateDigest } = context;
      const root = fileURLToPath(config.root);
      const publish = () => {
        const content = sharedContent(root);
        const entries = entriesOf(content);
        const ids = new Set(entries.map((entry) => entry.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const entry of entries) {
          const digest = generateDigest({ data: entry.data, body: entry.body ?? '' });
          store.set({ ...entry, digest, ...(entry.filePath ? { deferredRender: true } : {}) });
          // The list of MDX modules is written afresh on every sync, also for unchanged entries.
          if (entry.filePath) store.addModuleImport(entry.filePath);
        }
        afterPublish?.(content, context);
      };
      publish();
      if (watcher) watchContent(watcher, root, publish);
    },
  };
}

function watchContent(watcher: Watcher, root: string, publish: () => void): void {
  watcher.add(contentFolder(root));
  for (const event of ['add', 'change', 'unlink'] as const) {
    watcher.on(event, (path: string) => {
      if (!isContentPath(root, path)) return;
      forgetAfterChange(event, path);
      publish();
    });
  }
}

/** An MDX document as a deferred-render entry: front matter as data, plus what the loader read from its text. */
function documentEntry(id: string, document: LoadedDocument<object>): Entry {
  return { id, data: { ...document.data, headings: document.headings }, body: document.body, filePath: document.file };
}

const fileId = (file: string) => basename(file, extname(file));

export const policiesLoader = contentLoader('policies', (content) => content.policies.map((policy) => documentEntry(fileId(policy.file), policy)));
export const newsLoader = contentLoader('news', (content) => content.news.map((item) => documentEntry(fileId(item.file), item)));
export const reportsLoader = contentLoader('reports', (content) => content.reports.map((report) => documentEntry(basename(dirname(report.file)), report)));
export const topicsLoader = contentLoader('topics', (content) => content.topics.map((topic) => ({ id: topic.id, data: topic })));
export const countriesLoader = contentLoader('countries', (content) => content.countries.map((country) => ({ id: country.name, data: country })));
export const glossaryLoader = contentLoader('glossary', (content) => {
  shareGlossary(content.glossary);
  return content.glossary.map((term) => ({ id: term.id, data: term }));
});
export const smelterTablesLoader = contentLoader('smelter-tables', (content) => content.tables.map((table) => ({ id: String(table.year), data: { ...table } })));
export const facilitiesLoader = contentLoader('facilities', (content) => buildFacilities(content.tables, content.registry).map((facility) => ({ id: facility.id, data: { ...facility } })));

let reported = 0;

/**
 * Every content problem, as the one entry `all` of a collection. The build (no watcher) stops here with all of them; in
 * `astro dev` they are printed in the terminal and kept, so the server keeps running and shows them
 * in the browser's error overlay (src/integrations/content-check.ts) until the files are fixed.
 */
export const contentProblemsLoader = contentLoader(
  'content-problems',
  (content) => [{ id: 'all', data: { problems: content.problems } }],
  ({ problems }, { watcher, logger }) => {
    if (!watcher && problems.length > 0) throw new ContentError(problems);
    if (problems.length > 0) logger.error(`${new ContentError(problems).message}\nThe preview shows these until they are fixed; the server keeps running.`);
    else if (reported > 0) logger.info('content problems fixed');
    reported = problems.length;
  },
);
