import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { encodeFacilityIndex, toIndexedFacility } from '../../lib/domain/facility-index.ts';
import { metals } from '../../schemas/smelter-row.ts';

// The /smelters/ filter's data, fetched only when a reader uses the filter.
export const GET: APIRoute = async () => {
  const facilities = (await getCollection('facilities')).map((entry) => toIndexedFacility(entry.data));
  return Response.json(encodeFacilityIndex(facilities, metals));
};
