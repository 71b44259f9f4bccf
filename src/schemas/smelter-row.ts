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
    .pipe(z.enum(metals))
    .describe('The metal the facility processes: Gold, Tantalum, Tin or Tungsten.'),
  /** The facility name as printed in the filing (repaired where the source is damaged; see note). */
  facility: printedName.describe('The smelter or refiner’s name exactly as the filing prints it (repaired only where the source is damaged; see note).'),
  /** Whether the row carries that year's marker (italics, asterisk…): `yes` or `no`. */
  marker: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['yes', 'no']))
    .transform((value) => value === 'yes')
    .describe('“yes” when the filing marks the row (with an asterisk, italics…) with that year’s marker, otherwise “no”. What the marker means is set by each year’s filing and differs between years.'),
  /** The RMI/CFSI smelter identifier, when known (e.g. CID001234). */
  smelter_id: z
    .string()
    .trim()
    .regex(/^(CID\d{6})?$/, 'must be an RMI smelter id such as CID001234, or empty')
    .optional()
    .transform((value) => value || undefined)
    .describe('The RMI (formerly CFSI) smelter identifier, such as CID001234, when a source states it; empty otherwise.'),
  /** Country of the facility, when known. */
  country: printedText.optional().transform((value) => value?.trim() || undefined).describe('The facility’s country, when a source states it; empty otherwise.'),
  /** Transcription note: what the source printed and how the row was repaired, or any remark. */
  note: printedText.optional().transform((value) => value?.trim() || undefined).describe('Transcription note: what the source printed and how the row was repaired, or any remark; empty otherwise.'),
});

export type SmelterRow = z.infer<typeof smelterRowSchema>;
