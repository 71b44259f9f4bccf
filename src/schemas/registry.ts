import { z } from 'zod';
import { printedName, printedText, slugId, uniqueBy } from './common.ts';
import { metals, type Metal } from './smelter-row.ts';

/** Where the registry lives, from the project root. */
export const REGISTRY_FILE = 'content/smelters/registry.yaml';

/** A look-alike facility of an earlier filing judged not to be this one (or not shown to be), and why. */
export const notSameAsSchema = z.object({
  /** Id of the earlier facility that was considered. */
  id: slugId,
  /** Why the two are kept apart, in words a reader understands. */
  reason: z.string().min(1),
});

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
  /**
   * Id of a facility of earlier filings that this one is probably the same as under a new name (a
   * rename, a takeover) although the filings do not say so. The two keep their own entries and
   * pages; comparisons show them as "likely renamed" rather than one removed and one added.
   */
  likelySameAs: slugId.optional(),
  /**
   * Why `likelySameAs` is likely, in words: what the filings show and any widely known public fact
   * (a takeover, a company's other name), said as "likely", never as certain. Required with it.
   */
  evidence: z.string().min(1).optional(),
  /** Look-alike facilities of earlier filings judged not to be this one, each with the reason. */
  notSameAs: z.array(notSameAsSchema).default([]),
  /** Why names were judged to be the same facility, or anything a reader should know. */
  note: z.string().min(1).optional(),
}).superRefine((entry, ctx) => {
  if (entry.likelySameAs && !entry.evidence) ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'is missing: say in words why the facility is likely the same as the one named in likelySameAs' });
  if (entry.evidence && !entry.likelySameAs) ctx.addIssue({ code: 'custom', path: ['likelySameAs'], message: 'is missing: evidence explains a likelySameAs link, so name the earlier facility it is likely the same as' });
});

/** The whole registry: no id given to two facilities. */
export const registrySchema = uniqueBy(registryEntrySchema, 'id', 'id');
export type RegistryEntry = z.infer<typeof registryEntrySchema>;
export type NotSameAs = z.infer<typeof notSameAsSchema>;

/** A printed row to place in the registry. */
export interface PrintedName {
  metal: Metal;
  facility: string;
  /** Whether the row carries its year's marker; rows of one facility in one file must agree. */
  marker?: boolean;
  file: string;
  line: number;
}

/** Where a printed name belongs: a registered facility, or a facility new to the registry. */
export interface Resolution {
  facilityId: string;
  /** True when the name matched no registered facility and none it resembles: a new facility. */
  isNew: boolean;
}
