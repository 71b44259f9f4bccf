import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import type { Facility } from './lib/facilities.ts';
import type { SmelterTable } from './lib/load-content.ts';
import { facilitiesLoader, smelterTablesLoader } from './loaders/smelter-data.ts';
import { newsSchema } from './schemas/news.ts';
import { policySchema } from './schemas/policy.ts';
import { reportSchema } from './schemas/report.ts';
import { topicSchema } from './schemas/topic.ts';

// Content lives in the top-level content/ folder; the schemas are documented in src/schemas/.
// Smelter tables and facilities are validated by src/lib (the loaders store the result), so
// their collections only declare the type.
export const collections = {
  policies: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/policies' }), schema: policySchema }),
  news: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/news' }), schema: newsSchema }),
  reports: defineCollection({
    loader: glob({ pattern: '*/report.mdx', base: './content/reports', generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
    schema: reportSchema,
  }),
  topics: defineCollection({ loader: file('./content/topics.yaml'), schema: topicSchema }),
  smelterTables: defineCollection({ loader: smelterTablesLoader(), schema: z.custom<SmelterTable>() }),
  facilities: defineCollection({ loader: facilitiesLoader(), schema: z.custom<Facility>() }),
};
