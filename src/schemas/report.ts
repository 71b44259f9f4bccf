import { z } from 'zod';
import { isoDate, slugId, sourceSchema, transcriptionNotes } from './common.ts';
import { dateProblems } from './report-dates.ts';
import { today } from './today.ts';

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

/** An address of a document on the SEC's EDGAR system: https, on www.sec.gov. */
const secUrl = z.url({ protocol: /^https$/, hostname: /^(www\.)?sec\.gov$/, error: 'must be an https:// address on www.sec.gov (the SEC’s EDGAR system)' });

/**
 * Where the original filing is published on EDGAR. Record only addresses you have opened and
 * confirmed to be this filing; leave a document out rather than guess (the page then links the
 * registrant's list of Form SD filings on EDGAR and says the exact document is not linked).
 */
export const filingSchema = z
  .object({
    /** The registrant's Central Index Key on EDGAR (digits, as in the addresses `/edgar/data/<cik>/…`). */
    cik: z.string().regex(/^\d{1,10}$/, 'must be the digits of the CIK, e.g. "1138639"'),
    /** The filing's EDGAR accession number, e.g. "0001138639-15-000003". */
    accession: z.string().regex(/^\d{10}-\d{2}-\d{6}$/, 'must be written like "0001138639-15-000003"').optional(),
    /** The Form SD document itself. */
    formUrl: secUrl.optional(),
    /** The Conflict Minerals Report exhibit. */
    exhibitUrl: secUrl.optional(),
  })
  .superRefine((filing, ctx) => {
    // A document address names its filer and filing: /Archives/edgar/data/<cik>/<accession without dashes>/…
    for (const key of ['formUrl', 'exhibitUrl'] as const) {
      const address = filing[key];
      // An address off https://www.sec.gov is already refused by `secUrl`; say so once.
      if (!address || !secUrl.safeParse(address).success) continue;
      const match = /^\/Archives\/edgar\/data\/(\d+)\/(\d{18})\//.exec(new URL(address).pathname);
      if (!match) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'must be the address of a filed document, https://www.sec.gov/Archives/edgar/data/<cik>/<accession>/<file>' });
      } else if (Number(match[1]) !== Number(filing.cik)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `is a document of CIK ${match[1]}, not of the registrant’s CIK ${filing.cik}` });
      } else if (filing.accession && match[2] !== filing.accession.replace(/-/g, '')) {
        ctx.addIssue({ code: 'custom', path: [key], message: `belongs to filing ${match[2]}, not to the accession number ${filing.accession}` });
      }
    }
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
    /**
     * The same in plain words, written by the site, completing "a marked facility …", e.g. "had a
     * “conflict free” designation from an independent third-party audit program". Shown beside the
     * figure; the quote stays the authority, so say nothing it does not.
     */
    meaning: z.string().trim().min(1).optional(),
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
  /** Where the original filing is on the SEC's EDGAR system. */
  filing: filingSchema.optional(),
  /** The filing transcribed. */
  source: sourceSchema,
  /** Repairs made to the body text while transcribing (CSV repairs live in the CSV's note column). */
  transcriptionNotes,
}).superRefine((report, ctx) => {
  for (const problem of dateProblems(report, today())) ctx.addIssue({ code: 'custom', ...problem });
});

export type ReportData = z.infer<typeof reportSchema>;
/** A figure a filing states, with its qualifier and sentence. */
export type StatedFigure = z.infer<typeof statedFigure>;
