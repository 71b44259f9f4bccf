import type { Checklist } from '../domain/checklist.ts';
import { checklistColumns } from '../../schemas/checklist-download.ts';
import type { PolicyData } from '../../schemas/policy.ts';
import { toCsv } from './downloads.ts';
import { absoluteUrl, paths } from './url.ts';

/** A code's name in the checklist: the conflict minerals policy is known only from what the filings say of it. */
export function codeLabel(code: { title: string; kind: PolicyData['kind'] }): string {
  return code.kind === 'conflict-minerals-policy' ? `${code.title} (as the filings describe it)` : code.title;
}

/** The checklist as CSV (Excel-ready, like the site's other downloads): one row per requirement, topics in page order. */
export function checklistCsv(checklist: Checklist, site: URL | string): string {
  const rows = checklist.topics.flatMap(({ topic, cells }) =>
    cells.flatMap((cell) =>
      cell.requirements.map((requirement) => ({
        topic: topic.label,
        code: codeLabel({ title: cell.policyTitle, kind: cell.kind }),
        clause_id: requirement.clause.id,
        clause_title: requirement.clause.title,
        sentence: requirement.sentence,
        continuation: requirement.continuation?.join(' ') ?? '',
        lead_in: requirement.leadIn ?? '',
        address: absoluteUrl(`${paths.checklist}#${requirement.id}`, site),
      })),
    ),
  );
  return toCsv(checklistColumns, rows);
}

/** The checklist's filter, as the address holds it: `?code=a&code=b&topic=x`. Empty means everything. */
export interface ChecklistFilter {
  codes: string[];
  topic: string;
}

/** Reads the filter from an address's query, keeping only known codes and topics. */
export function checklistFilterFromSearch(search: string, known: { codes: readonly string[]; topics: readonly string[] }): ChecklistFilter {
  const params = new URLSearchParams(search);
  const codes = params.getAll('code').filter((code) => known.codes.includes(code));
  const topic = params.get('topic') ?? '';
  return { codes: [...new Set(codes)], topic: known.topics.includes(topic) ? topic : '' };
}

/** The query for a filter ('' when it shows everything), codes in the given order. */
export function searchFromChecklistFilter(filter: ChecklistFilter, codeOrder: readonly string[]): string {
  const params = new URLSearchParams();
  for (const code of codeOrder) if (filter.codes.includes(code)) params.append('code', code);
  if (filter.topic) params.set('topic', filter.topic);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a filter shows a topic's section, and a code's cell in it. The codes' openings apply to every topic, so they show whatever the topic. */
export function showsTopic(filter: ChecklistFilter, topicId: string, everyTopic = false): boolean {
  return everyTopic || !filter.topic || filter.topic === topicId;
}

export function showsCode(filter: ChecklistFilter, policyId: string): boolean {
  return filter.codes.length === 0 || filter.codes.includes(policyId);
}
