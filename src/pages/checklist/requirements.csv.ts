import type { APIRoute } from 'astro';
import { loadChecklist } from '../../data/requirements.ts';
import { checklistCsv } from '../../lib/presentation/checklist.ts';

// /checklist/requirements.csv: every requirement of the checklist, one row each, with its full address.
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs sets no `site`: the checklist download needs each requirement’s full address.');
  return new Response(checklistCsv(await loadChecklist(), site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
