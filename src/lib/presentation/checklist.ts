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
