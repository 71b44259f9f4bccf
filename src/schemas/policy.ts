import { z } from 'zod';
import { publishedDate, slugId, sourceSchema, transcriptionNotes, uniqueBy } from './common.ts';

/** The kinds of policy document the site publishes. */
export const policyKinds = ['partner-code', 'conflict-minerals-policy'] as const;

/** A clause of a policy: a heading of the body that can be linked to and is tagged with topics. */
export const clauseSchema = z.object({
  /** The heading's id on the page (github-slugger slug of its text, e.g. `hours-of-work`). */
  id: z.string().min(1),
  /** Topic ids from `content/topics.yaml` this clause speaks to. */
  topics: z.array(slugId).min(1, 'must list at least one topic id from content/topics.yaml'),
});

/** Front matter of `content/policies/*.mdx`. */
export const policySchema = z.object({
  /** Title shown on the site. */
  title: z.string().min(1),
  /** The company whose document this is, e.g. "Infinera" or "Juniper Networks". */
  issuer: z.string().min(1),
  /** What sort of document it is. */
  kind: z.enum(policyKinds),
  /** One or two sentences in the site's own words describing the document. */
  summary: z.string().min(1),
  /**
   * Why the document is on this site, when that is not obvious (e.g. another company's code), in
   * the site's own words. Say only what the sources support; shown on the home page and the policy's page.
   */
  context: z.string().trim().min(1).optional(),
  /** Effective or publication date, only when the source states one. */
  date: publishedDate.optional(),
  /** The document transcribed. */
  source: sourceSchema,
  /** Repairs made while transcribing. */
  transcriptionNotes,
  /** The linkable clauses, in document order, with their topics. */
  clauses: uniqueBy(clauseSchema, 'id', 'clause id').min(1),
});

export type PolicyData = z.infer<typeof policySchema>;
export type Clause = z.infer<typeof clauseSchema>;
