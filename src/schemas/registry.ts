import { z } from 'zod';
import { printedName, printedText, slugId, uniqueBy } from './common.ts';
import { metals } from './smelter-row.ts';

/**
 * One facility in `content/smelters/registry.yaml`. The registry gives each smelter or refiner a
 * stable id across years, because filings print the same facility under different names.
 */
export const registryEntrySchema = z.object({
  /** Stable id, used in URLs (`/smelters/<id>/`) and downloads. Never change it once published. */
  id: slugId,
  /** The facility's name as the site shows it (usually the most recent printed name). */
  name: printedName,
  /** The metal this facility processes. The same company refining two metals is two facilities. */
  metal: z.enum(metals),
  /** Other names filings have printed for this same facility (renames, abbreviations, misspellings). */
  aliases: z.array(printedName).default([]),
  /** RMI/CFSI smelter identifier, when a source states it. */
  rmiId: z.string().regex(/^CID\d{6}$/, 'must be an RMI smelter id such as CID001234').optional(),
  /** Country, when a source states it. */
  country: printedText.pipe(z.string().min(1)).optional(),
  /** Ids of facilities reported in earlier years that this one continues in part (a group later listed site by site). */
  succeeds: z.array(slugId).default([]),
  /** Why names were judged to be the same facility, or anything a reader should know. */
  note: z.string().min(1).optional(),
});

/** The whole registry: no id given to two facilities. */
export const registrySchema = uniqueBy(registryEntrySchema, 'id', 'id');
export type RegistryEntry = z.infer<typeof registryEntrySchema>;
