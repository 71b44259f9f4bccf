import { z } from 'zod';
import { printedText } from './common.ts';

/**
 * One country in `content/countries.yaml`. Filings of different years spell some countries
 * differently ("Russian Federation" / "Russia"); the list says which printed spellings are the
 * same country, so a comparison never reports a country as removed and added at once.
 */
export const countrySchema = z.object({
  /** The name the site uses for the country. */
  name: printedText.pipe(z.string().trim().min(1)),
  /** Other spellings filings have printed for this same country (including misspellings). */
  aliases: z.array(printedText.pipe(z.string().trim().min(1))).default([]),
  /** Why the spellings were judged to be the same country, shown to readers. */
  note: z.string().trim().min(1).optional(),
});

export type Country = z.infer<typeof countrySchema>;
