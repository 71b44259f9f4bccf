import { z } from 'zod';

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers disagree on whether an unquoted date is a
 * string or a Date, so both are accepted; the result is always a Date at midnight UTC.
 */
export const isoDate = z
  .union([z.date(), z.string()], { error: 'must be a date written as YYYY-MM-DD' })
  .transform((value, ctx) => {
    if (value instanceof Date) return value;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
    if (!date || date.toISOString().slice(0, 10) !== value.trim()) {
      ctx.addIssue({ code: 'custom', message: `must be a real date written as YYYY-MM-DD (found "${value}")` });
      return z.NEVER;
    }
    return date;
  });

/** A lowercase, hyphenated identifier used in URLs, e.g. `forced-and-child-labour`. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens, e.g. "hours-of-work"');

/**
 * A web address (`https://` or `http://`). Any other scheme is refused: `javascript:` and
 * `vbscript:` run code when clicked, `data:` hides a whole page inside the link.
 */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: (issue) => `must be a web address starting with https:// (found "${String(issue.input)}")`,
});

/** Where a page's text was transcribed from. */
export const sourceSchema = z.object({
  /** Title of the source document as printed. */
  title: z.string().min(1),
  /** File name(s), comma-separated, of the plain-text copies in `content/sources/` the text was transcribed from. */
  seed: z.string().min(1),
  /** Address the source itself gives for the original, if any. */
  url: webUrl.optional(),
});

/**
 * Every repair made while transcribing a damaged source (page-break splits, OCR garbling),
 * shown to readers on the page so nothing is corrected silently.
 */
export const transcriptionNotes = z.array(z.string().min(1)).default([]);
