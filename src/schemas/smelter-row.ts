import { z } from 'zod';
import { printedName, printedText } from './common.ts';

/** The four conflict minerals ("3TG") a smelter table can list. */
export const metals = ['Gold', 'Tantalum', 'Tin', 'Tungsten'] as const;
export type Metal = (typeof metals)[number];

/** Columns of `content/reports/<year>/smelters.csv`, in the order the scaffold writes them. */
export const smelterCsvColumns = ['metal', 'facility', 'marker', 'smelter_id', 'country', 'note'] as const;
/** Columns every smelter CSV must have; the others may be left out entirely. */
export const requiredSmelterCsvColumns = ['metal', 'facility', 'marker'] as const;

/** One row of a year's smelter/refiner table, exactly as the filing prints it. */
export const smelterRowSchema = z.object({
  /** The metal, one of Gold, Tantalum, Tin, Tungsten (any capitalisation in the file). */
  metal: z
    .string()
    .transform((value) => metals.find((metal) => metal.toLowerCase() === value.trim().toLowerCase()) ?? value)
    .pipe(z.enum(metals)),
  /** The facility name as printed in the filing (repaired where the source is damaged; see note). */
  facility: printedName,
  /** Whether the row carries that year's marker (italics, asterisk…): `yes` or `no`. */
  marker: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['yes', 'no']))
    .transform((value) => value === 'yes'),
  /** The RMI/CFSI smelter identifier, when known (e.g. CID001234). */
  smelter_id: z
    .string()
    .trim()
    .regex(/^(CID\d{6})?$/, 'must be an RMI smelter id such as CID001234, or empty')
    .optional()
    .transform((value) => value || undefined),
  /** Country of the facility, when known. */
  country: printedText.optional().transform((value) => value?.trim() || undefined),
  /** Transcription note: what the source printed and how the row was repaired, or any remark. */
  note: printedText.optional().transform((value) => value?.trim() || undefined),
});

export type SmelterRow = z.infer<typeof smelterRowSchema>;
