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
// validate it against the schemas of src/schemas/ and store the result; each collection declares
// only the type of what is stored, with `z.custom<T>()`, which checks nothing at run time.
// Why the zod schemas are not what `defineCollection` declares: a loader object's schema is only
// applied when the loader passes each entry to Astro's `parseData`, which would validate every
// entry a second time, and throw Astro's own error for the first invalid one. The site needs more:
// - Errors an editor can act on. A problem reads `file:line — what — fix`, every problem of a
//   build at once (src/lib/content/content-problem.ts). Only the loader knows the line: it
//   validates the YAML it parsed, with the position of each field.
// - Checks across files. Most problems are not one entry's: a CSV name missing from the registry,
//   a clause id with no heading, a glossary quote absent from the report. The loader runs them
//   all on one reading (src/lib/content/load-content.ts), which no per-entry schema can see.
// - What is stored is not what was written: entries carry what the loader derived (headings read
//   from the text, registry ids of printed names, facilities built from every year's table),
//   which no schema of a source file describes.
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
