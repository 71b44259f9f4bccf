import { defineCollection } from 'astro:content';
import { z } from 'zod';
import type { ContentProblem } from './lib/content/content-problem.ts';
import type { Facility } from './lib/domain/facilities.ts';
import type { SmelterTable } from './lib/content/load-content.ts';
import type { Heading } from './lib/content/markdown-source.ts';
import {
  contentProblemsLoader,
  countriesLoader,
  glossaryLoader,
  facilitiesLoader,
  newsLoader,
  policiesLoader,
  reportsLoader,
  smelterTablesLoader,
  topicsLoader,
} from './loaders/content-loaders.ts';
import type { Country } from './schemas/country.ts';
import type { GlossaryTerm } from './schemas/glossary.ts';
import type { NewsData } from './schemas/news.ts';
import type { PolicyData } from './schemas/policy.ts';
import type { ReportData } from './schemas/report.ts';
import type { Topic } from './schemas/topic.ts';

// Content lives in the top-level content/ folder. The loaders (src/loaders/) read it once,
// validate it against the schemas of src/schemas/ with the site's own messages
// (src/lib/content/load-content.ts) and store the result, so each collection only declares its type.
// Documents carry the headings the loader read from their text (the targets of clause ids).
type Document<T> = T & { headings: Heading[] };

export const collections = {
  policies: defineCollection({ loader: policiesLoader, schema: z.custom<Document<PolicyData>>() }),
  news: defineCollection({ loader: newsLoader, schema: z.custom<Document<NewsData>>() }),
  reports: defineCollection({ loader: reportsLoader, schema: z.custom<Document<ReportData>>() }),
  topics: defineCollection({ loader: topicsLoader, schema: z.custom<Topic>() }),
  countries: defineCollection({ loader: countriesLoader, schema: z.custom<Country>() }),
  glossary: defineCollection({ loader: glossaryLoader, schema: z.custom<GlossaryTerm>() }),
  smelterTables: defineCollection({ loader: smelterTablesLoader, schema: z.custom<SmelterTable>() }),
  facilities: defineCollection({ loader: facilitiesLoader, schema: z.custom<Facility>() }),
  contentProblems: defineCollection({ loader: contentProblemsLoader, schema: z.custom<{ problems: ContentProblem[] }>() }),
};
