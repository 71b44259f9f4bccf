// The /checklist/ filter's logic, apart from the page's data: it runs in the browser, so it
// imports nothing (the checklist's CSV columns are zod schemas, and zod probes for eval, which the
// Content-Security-Policy forbids).

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
