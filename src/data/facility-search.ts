import { getCollection } from 'astro:content';
import { buildFacilityShards, toFacilityCard } from '../lib/domain/facility-search.ts';
import { metals } from '../schemas/smelter-row.ts';
import { once } from './once.ts';

/** The shards site search looks facility names up in, computed once per build. */
export const loadFacilityShards = once(async () => buildFacilityShards((await getCollection('facilities')).map((entry) => toFacilityCard(entry.data)), metals));
