import { z } from 'zod';
import { describeGarbledText, garbledTextFix } from './text-hygiene.ts';
import { today } from './today.ts';

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

/** A date a published document carries: a real date, and not one in the future. */
export const publishedDate = isoDate.superRefine((date, ctx) => {
  if (date > today()) {
    ctx.addIssue({ code: 'custom', message: `${date.toISOString().slice(0, 10)} is in the future`, params: { fix: 'write the date printed on the document' } });
  }
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
  /** Address the source itself gives for the original, if any, exactly as printed (with http:// or https://). */
  url: webUrl.optional(),
  /**
   * When the source gives no address for the document itself but prints its publisher's website
   * (e.g. "www.juniper.net"): that website, with https:// or http:// added. Never guess one.
   */
  publisherSite: webUrl.optional(),
});

/**
 * Every repair made while transcribing a damaged source (page-break splits, OCR garbling),
 * shown to readers on the page so nothing is corrected silently.
 */
export const transcriptionNotes = z.array(z.string().min(1)).default([]);

/**
 * Text printed in a filing (a facility or country name, a note): refused when it holds invisible
 * or direction-changing characters or is garbled by a wrong encoding, since the site would then
 * publish something other than what the editor sees (or a second copy of one facility).
 */
export const printedText = z.string().superRefine((value, ctx) => {
  const garbled = describeGarbledText(value);
  if (garbled) ctx.addIssue({ code: 'custom', message: garbled, params: { fix: garbledTextFix(value) } });
});

/** A name of a facility: printed text with at least one letter or digit (not `***` or `—`). */
export const printedName = printedText.pipe(z.string().trim().min(1, { error: 'the facility name is empty', abort: true })).superRefine((value, ctx) => {
  if (!/[\p{L}\p{N}]/u.test(value)) {
    ctx.addIssue({ code: 'custom', message: `"${value}" has no letters or digits, so it cannot name a facility`, params: { fix: 'write the facility name exactly as the filing prints it; if the filing prints only a mark there, check the source again' } });
  }
});

/**
 * A list whose entries each have a unique `key` (an id, a name). A repeated one is refused at
 * the second entry, naming the first (`params.alsoAt`, its path, lets callers give its line).
 */
export function uniqueBy<T extends z.ZodType>(item: T, key: string, what: string) {
  return z.array(item).superRefine((entries, ctx) => {
    const first = new Map<unknown, number>();
    entries.forEach((entry, index) => {
      const value = (entry as Record<string, unknown>)[key];
      const earlier = first.get(value);
      if (earlier === undefined) first.set(value, index);
      else ctx.addIssue({ code: 'custom', path: [index, key], message: `the ${what} "${String(value)}" is used twice`, params: { alsoAt: [earlier, key], fix: `give each entry its own ${what}, or delete the repeated entry` } });
    });
  });
}
