import { z } from 'zod';
import { publishedDate, sourceSchema, transcriptionNotes } from './common.ts';

/** Front matter of `content/news/*.mdx`: a press release or announcement. */
export const newsSchema = z.object({
  /** Headline as printed. */
  title: z.string().min(1),
  /** Date of release as printed. */
  date: publishedDate,
  /** One or two sentences in the site's own words. */
  summary: z.string().min(1),
  /** The document transcribed. */
  source: sourceSchema,
  /** Repairs made while transcribing. */
  transcriptionNotes,
});

export type NewsData = z.infer<typeof newsSchema>;
