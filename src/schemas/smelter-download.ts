import { z } from 'zod';
import { slugId } from './common.ts';
import { metals, smelterRowSchema } from './smelter-row.ts';

const { shape } = smelterRowSchema;
/** A description given once, on the content schema's field. */
const described = (field: { description?: string | undefined }) => field.description ?? '';

/**
 * One row of the published smelter downloads (`smelters-<year>.csv`, the all-years file), as the
 * file holds it: the content row's columns written out as text, with the year in front and the
 * registry's facility id at the end. The descriptions and rules here generate the data package's
 * Table Schema and the column list on the /data/ page.
 */
export const smelterDownloadSchema = z.object({
  /** The calendar year the filing reports on. */
  year: z.int().min(2013).max(2100).describe('The calendar year the filing reports on (the report at /reports/<year>/).'),
  metal: z.enum(metals).describe(described(shape.metal)),
  facility: z.string().min(1).describe(described(shape.facility)),
  marker: z.enum(['yes', 'no']).describe(described(shape.marker)),
  smelter_id: z.string().regex(/^CID\d{6}$/).optional().describe(described(shape.smelter_id)),
  country: z.string().min(1).optional().describe(described(shape.country)),
  note: z.string().min(1).optional().describe(described(shape.note)),
  /** The facility's stable id in the smelter registry. */
  facility_id: slugId.describe('The facility’s stable id in the site’s smelter registry, the same in every year’s file: its history is at /smelters/<facility_id>/. One facility printed on two rows has one id.'),
});

export type SmelterDownloadRow = z.input<typeof smelterDownloadSchema>;
/** The columns of the smelter downloads, in file order. */
export const downloadColumns = Object.keys(smelterDownloadSchema.shape) as (keyof SmelterDownloadRow)[];
