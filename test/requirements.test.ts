import { describe, expect, it } from 'vitest';
import { splitClauses } from '../src/lib/domain/clauses.ts';
import { extractHeadings, plainText } from '../src/lib/content/markdown-source.ts';
import { requirementsByTopic } from '../src/lib/domain/requirements.ts';
import type { PolicyData } from '../src/schemas/policy.ts';

const body = `Intro paragraph.

## Ethics

Partners must not offer gifts.

### Anti-Bribery

Comply with the **FCPA** and [other laws](https://example.org).

## 2. Export Compliance

- Follow export laws.
- Keep records.
`;

describe('extractHeadings', () => {
  it('gives each heading the id Astro gives it', () => {
    expect(extractHeadings(body).map((heading) => [heading.depth, heading.slug])).toEqual([
      [2, 'ethics'],
      [3, 'anti-bribery'],
      [2, '2-export-compliance'],
    ]);
  });

  it.each([
    ['**bold** and _italic_', 'bold and italic'],
    ['[a link](https://x.org)', 'a link'],
    ['Escaped \\(\\*\\)', 'Escaped (*)'],
  ])('reads %j as %j', (markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });
});

describe('splitClauses', () => {
  const clauses = splitClauses(body, extractHeadings(body));
  it.each([
    ['ethics', 'Partners must not offer gifts.', ['anti-bribery']],
    ['anti-bribery', 'Comply with the **FCPA** and [other laws](https://example.org).', []],
    ['2-export-compliance', '- Follow export laws.\n- Keep records.', []],
  ])('cuts %s down to its own text and lists its sub-clauses', (id, markdown, children) => {
    expect(clauses.get(id)?.markdown).toBe(markdown);
    expect(clauses.get(id)?.children.map((child) => child.id)).toEqual(children);
  });
});

describe('requirementsByTopic', () => {
  const policy = (id: string, kind: PolicyData['kind'], clauses: PolicyData['clauses']) => ({
    id,
    body,
    headings: extractHeadings(body),
    data: { title: id, issuer: 'X', kind, summary: 's', source: { title: 't', seed: 's.txt' }, transcriptionNotes: [], clauses },
  });
  const result = requirementsByTopic(
    [
      { id: 'bribery', label: 'Bribery', description: 'd' },
      { id: 'export', label: 'Export', description: 'd' },
    ],
    [
      policy('code-a', 'partner-code', [{ id: 'ethics', topics: ['bribery'] }, { id: 'anti-bribery', topics: ['bribery', 'export'] }]),
      policy('code-b', 'partner-code', [{ id: '2-export-compliance', topics: ['export'] }]),
    ],
  );

  it('lists, per topic and per policy, the clauses tagged with the topic, in the order of the front matter’s clauses list', () => {
    const bribery = result.find((entry) => entry.topic.id === 'bribery');
    expect(bribery?.policies.map((item) => [item.policyId, item.clauses.map((clause) => clause.id)])).toEqual([
      ['code-a', ['ethics', 'anti-bribery']],
      ['code-b', []],
    ]);
    expect(bribery?.clauseCount).toBe(2);
  });

  it('puts a clause under every topic it is tagged with', () => {
    const exportTopic = result.find((entry) => entry.topic.id === 'export');
    expect(exportTopic?.policies.flatMap((item) => item.clauses.map((clause) => clause.id))).toEqual(['anti-bribery', '2-export-compliance']);
  });
});
