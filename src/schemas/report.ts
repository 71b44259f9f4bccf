import { z } from 'zod';
import { isoDate, slugId, sourceSchema, transcriptionNotes } from './common.ts';
import { dateProblems } from './report-dates.ts';

/** The conclusions a Conflict Minerals Report can reach under Rule 13p-1. */
export const conclusionStatuses = [
  'drc-conflict-undeterminable',
  'drc-conflict-free',
  'not-drc-conflict-free',
  'not-required',
] as const;

/** How precisely the filing states a figure ("over 60", "approximately 75%"). */
export const qualifiers = ['exactly', 'approximately', 'over', 'under'] as const;

/** A number the filing states, with its wording, so the site never claims more precision than the source. */
const statedFigure = z.object({
  /** The number as stated. */
  value: z.number().nonnegative(),
  /** How the filing qualifies it. */
  qualifier: z.enum(qualifiers).default('exactly'),
  /** The sentence of the filing that states it, verbatim. */
  quote: z.string().min(1),
});

/** Front matter of `content/reports/<year>/report.mdx`: the structured facts one year's filing states. */
export const reportSchema = z.object({
  /** Calendar year the report covers; must equal the folder name. */
  year: z.number().int().min(2013).max(2100),
  /** Title shown on the site. */
  title: z.string().min(1),
  /** Registrant as named in the filing. */
  registrant: z.string().min(1),
  /** The reporting period the Form SD covers. */
  reportingPeriod: z.object({ start: isoDate, end: isoDate }),
  /** Signature block, when the filing has one. */
  signature: z.object({ date: isoDate, name: z.string().min(1), title: z.string().min(1) }).optional(),
  /** Exhibit number of the Conflict Minerals Report within the Form SD, e.g. "1.01". */
  exhibit: z.string().regex(/^\d+\.\d+$/, 'must be an exhibit number such as "1.01"'),
  /** The conclusion reached, with the filing's sentence. */
  conclusion: z.object({ status: z.enum(conclusionStatuses), quote: z.string().min(1) }),
  /** The products the report covers, as named. */
  coveredProducts: z.array(z.string().min(1)).min(1),
  /** Countries of origin the filing lists, in its order and spelling (empty when it lists none). */
  countriesOfOrigin: z.array(z.string().min(1)).default([]),
  /** The sentence introducing the countries list, verbatim. */
  countriesOfOriginQuote: z.string().min(1).optional(),
  /** Supplier survey figures, where the filing states them. */
  suppliers: z
    .object({
      /** Number of suppliers identified or surveyed. */
      count: statedFigure.optional(),
      /** Share of surveyed suppliers who responded, as a percentage 0–100. */
      responseRate: statedFigure.extend({ value: z.number().min(0).max(100) }).optional(),
    })
    .default({}),
  /** Whether the filing states membership of the Conflict-Free Sourcing Initiative. */
  cfsi: z.object({
    status: z.enum(['member', 'not-member', 'not-stated']),
    /** The filing's sentence, verbatim (omit when not stated). */
    quote: z.string().min(1).optional(),
  }),
  /** What the smelter table's marker means this year. Definitions differ between years. */
  marker: z.object({
    /** How the filing prints the marker. */
    style: z.enum(['italics', 'asterisk']),
    /** The date as of which the marker's status applies. */
    asOf: isoDate,
    /** The filing's sentence defining the marker, verbatim. */
    quote: z.string().min(1),
  }),
  /**
   * Sections of the text that correspond to sections of other years' reports, for the year-to-year
   * comparison: a shared key (kebab-case, the same in every year, e.g. `risk-mitigation`) mapped to
   * the id of this report's heading (e.g. `4-steps-to-be-taken-to-mitigate-risk`). A section is
   * its heading's text up to the next heading of the same or a higher level. When one year spreads
   * the matter over several headings, give their ids as a list; their texts are joined in order.
   * Headings with the same text apart from numbering ("2.3", "IV.", "Step 2:") match on their own.
   */
  sections: z
    .record(slugId, z.union([z.string().min(1), z.array(z.string().min(1)).min(1)], { error: 'must be the id of a heading, or a list of heading ids' }), {
      error: (issue) => (issue.code === 'invalid_key' ? 'the key must be lowercase letters, digits and hyphens, e.g. "risk-mitigation"' : undefined),
    })
    .default({}),
  /** The filing transcribed. */
  source: sourceSchema,
  /** Repairs made to the body text while transcribing (CSV repairs live in the CSV's note column). */
  transcriptionNotes,
}).superRefine((report, ctx) => {
  for (const problem of dateProblems(report, new Date())) ctx.addIssue({ code: 'custom', ...problem });
});

export type ReportData = z.infer<typeof reportSchema>;
/** A figure a filing states, with its qualifier and sentence. */
export type StatedFigure = z.infer<typeof statedFigure>;
