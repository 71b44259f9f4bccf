import { z } from 'zod';
import { slugId } from './common.ts';

/** A filing's own sentence using or defining a term, verbatim, with the report year it is from. */
const filingQuote = z.object({
  /** Year of the report (`content/reports/<year>/`) whose text holds the sentence. */
  year: z.number().int().min(2013).max(2100),
  /** The sentence exactly as the report's text prints it (a test checks it is there). */
  text: z.string().trim().min(1),
});

/**
 * One entry of `content/glossary.yaml`, shown on `/glossary/` and linked from the first use of
 * the term on report and policy pages.
 */
export const glossaryTermSchema = z.object({
  /** The entry's anchor: `/glossary/#<id>`. Lowercase letters, digits and hyphens. */
  id: slugId,
  /** The term as the glossary heads it, e.g. "RCOI (reasonable country of origin inquiry)". */
  term: z.string().trim().min(1),
  /**
   * The spellings linked where they first appear on a page, matched as whole words. A spelling
   * in capitals only ("RCOI") matches exactly; any other matches whatever its capitals. When two
   * spellings overlap, the longer one wins ("DRC conflict undeterminable" before "DRC").
   */
  match: z.array(z.string().trim().min(2)).min(1, 'must list at least one spelling to link'),
  /** What the term means, in the site's own plain words. */
  definition: z.string().trim().min(1),
  /** The filings' own sentences that define or use the term, verbatim. */
  quotes: z.array(filingQuote).default([]),
  /** Where a definition not drawn from the filings comes from (title and address as published). */
  source: z.object({ title: z.string().trim().min(1), url: z.url({ protocol: /^https?$/ }) }).optional(),
  /** Ids of related entries. */
  see: z.array(slugId).default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
