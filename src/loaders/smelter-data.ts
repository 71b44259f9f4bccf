import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { throwIfProblems } from '../lib/content-problem.ts';
import { buildFacilities } from '../lib/facilities.ts';
import { loadContent } from '../lib/load-content.ts';

/** One entry per report year: its smelter CSV, validated and matched to the registry. */
export function smelterTablesLoader(): Loader {
  return {
    name: 'smelter-tables',
    async load({ store, config, parseData }) {
      const content = loadContent(fileURLToPath(config.root));
      throwIfProblems(content.problems);
      store.clear();
      for (const table of content.tables) {
        const id = String(table.year);
        store.set({ id, data: await parseData({ id, data: { ...table } }) });
      }
    },
  };
}

/** One entry per smelter or refiner ever reported, across years. */
export function facilitiesLoader(): Loader {
  return {
    name: 'facilities',
    async load({ store, config, parseData }) {
      const content = loadContent(fileURLToPath(config.root));
      throwIfProblems(content.problems);
      store.clear();
      for (const facility of buildFacilities(content.tables, content.registry)) {
        store.set({ id: facility.id, data: await parseData({ id: facility.id, data: { ...facility } }) });
      }
    },
  };
}
