import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFacilityShards } from '../../../data/facility-search.ts';

// One shard of facility names for site search, fetched only by a query filed under it.
export const getStaticPaths = (async () => [...(await loadFacilityShards()).keys()].map((shard) => ({ params: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json((await loadFacilityShards()).get(params.shard ?? ''));
