import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { extractHeadings } from '../src/lib/content/markdown-source.ts';
import { buildChecklist, normaliseSentence, requirementCounts, requirementId, sentenceKey, wholeCode } from '../src/lib/domain/checklist.ts';
import { checklistCsv, codeLabel } from '../src/lib/presentation/checklist.ts';
import { checklistFilterFromSearch, searchFromChecklistFilter, showsCode, showsTopic } from '../src/lib/presentation/checklist-filter.ts';
import { checklistColumns } from '../src/schemas/checklist-download.ts';
import type { PolicyData } from '../src/schemas/policy.ts';

const topics = [
  { id: 'bribery', label: 'Bribery', description: 'd' },
  { id: 'records', label: 'Records', description: 'd' },
  { id: 'export', label: 'Export', description: 'd' },
];
const codeA = `Partners must apply this code to subcontractors. X expects partners to read it.

## Ethics

Partners must not offer gifts. This applies to intermediaries too. X believes in fairness and will not deal with cheats. Partners should be "fair".

Without limitation Partners must:

### Business Records

Create and keep "accurate" records. Partners may come into possession of information.

## Export

Partner is encouraged to train staff.
`;
const codeB = `## 1. Gifts

You must not give gifts. You will immediately report bribes. This information includes gifts. Nothing here shall be construed as an agency.
`;
// The conflict minerals page opens with the site's note, not the policy's text: no opening in the checklist.
const minerals = `Partners must read this note (the site's, not the policy's).

## Records

We will maintain records.
`;
const policy = (id: string, kind: PolicyData['kind'], body: string, clauses: PolicyData['clauses']) => ({
  id,
  body,
  headings: extractHeadings(body),
  data: { title: `Title ${id}`, issuer: 'X', kind, summary: 's', source: { title: 't', seed: 's.txt' }, transcriptionNotes: [], clauses },
});
const policies = [
  policy('code-a', 'partner-code', codeA, [{ id: 'ethics', topics: ['bribery'] }, { id: 'business-records', topics: ['records'] }, { id: 'export', topics: ['export'] }]),
  policy('code-b', 'partner-code', codeB, [{ id: '1-gifts', topics: ['bribery'] }]),
  policy('minerals', 'conflict-minerals-policy', minerals, [{ id: 'records', topics: ['records'] }]),
];
const checklist = buildChecklist(topics, policies);
const cell = (topicId: string, policyId: string) => checklist.topics.find((entry) => entry.topic.id === topicId)?.cells.find((item) => item.policyId === policyId);

describe('buildChecklist', () => {
  it.each([
    ['bribery', 'code-a', ['Partners must not offer gifts.']],
    ['records', 'code-a', ['Create and keep "accurate" records.']],
    ['export', 'code-a', []],
    ['bribery', 'code-b', ['You must not give gifts.', 'You will immediately report bribes.']],
    ['records', 'code-b', []],
    [wholeCode.id, 'code-a', ['Partners must apply this code to subcontractors.']],
    [wholeCode.id, 'code-b', []],
    [wholeCode.id, 'minerals', []],
  ])('lists the binding sentences of %s by %s, in clause order', (topicId, policyId, sentences) => {
    expect(cell(topicId, policyId)?.requirements.map((requirement) => requirement.sentence)).toEqual(sentences);
  });

  it('gives every topic a cell for every code, with the clauses on the topic even when none binds', () => {
    expect(checklist.topics.map((entry) => entry.cells.map((item) => item.policyId))).toEqual(Array.from({ length: 4 }, () => ['code-a', 'code-b', 'minerals']));
    expect(cell('export', 'code-a')?.clauses).toEqual([{ id: 'export', title: 'Export' }]);
    expect(cell('export', 'code-b')?.clauses).toEqual([]);
  });

  it('lists the codes’ openings first, as applying to every topic, linked to the opening of a partner code only', () => {
    expect(checklist.topics.map((entry) => [entry.topic.id, entry.everyTopic])).toEqual([[wholeCode.id, true], ['bribery', false], ['records', false], ['export', false]]);
    expect(cell(wholeCode.id, 'code-a')?.clauses).toEqual([{ id: 'opening', title: 'Opening' }]);
    expect(cell(wholeCode.id, 'code-a')?.requirements[0]?.id).toBe(requirementId(wholeCode.id, 'code-a', 'Partners must apply this code to subcontractors.'));
    // Code B starts with a clause; the minerals page's opening is the site's note.
    expect(cell(wholeCode.id, 'code-b')?.clauses).toEqual([]);
    expect(cell(wholeCode.id, 'minerals')?.clauses).toEqual([]);
  });

  it('shows "This applies…" with the binding sentence before it, under that sentence’s own address', () => {
    const [gifts] = cell('bribery', 'code-a')?.requirements ?? [];
    expect(gifts?.continuation).toEqual(['This applies to intermediaries too.']);
    expect(gifts?.id).toBe(requirementId('bribery', 'code-a', 'Partners must not offer gifts.'));
    expect(cell('bribery', 'code-b')?.requirements.map((requirement) => requirement.continuation)).toEqual([undefined, undefined]);
  });

  it('links each requirement to its clause and names the lead-in it completes', () => {
    const [records] = cell('records', 'code-a')?.requirements ?? [];
    expect(records?.clause).toEqual({ id: 'business-records', title: 'Business Records' });
    expect(records?.leadIn).toBe('Without limitation Partners must:');
    expect(cell('bribery', 'code-a')?.requirements[0]?.leadIn).toBeUndefined();
  });

  it('lists the borderline sentences once per clause, openings first, each with its outcome', () => {
    expect(checklist.borderline.map((entry) => [entry.policyId, entry.clause.id, entry.outcome, entry.because, entry.sentence])).toEqual([
      ['code-a', 'opening', 'soft', 'expects', 'X expects partners to read it.'],
      ['code-a', 'ethics', 'continuation', 'Partners must not offer gifts.', 'This applies to intermediaries too.'],
      ['code-a', 'ethics', 'company', 'will not', 'X believes in fairness and will not deal with cheats.'],
      ['code-a', 'ethics', 'soft', 'should', 'Partners should be "fair".'],
      ['code-a', 'business-records', 'lead-in', 'Without limitation Partners must:', 'Create and keep "accurate" records.'],
      ['code-a', 'export', 'soft', 'encouraged', 'Partner is encouraged to train staff.'],
      ['code-b', '1-gifts', 'scope', undefined, 'This information includes gifts.'],
      ['code-b', '1-gifts', 'legal-interpretation', 'shall', 'Nothing here shall be construed as an agency.'],
    ]);
  });

  it('counts requirements per topic and code', () => {
    expect(requirementCounts(checklist).map((row) => [row.topicId, row.counts])).toEqual([[wholeCode.id, [1, 0, 0]], ['bribery', [1, 2, 0]], ['records', [1, 0, 0]], ['export', [0, 0, 0]]]);
  });

  it('gives a repeated sentence in one cell a second address', () => {
    const repeated = buildChecklist([topics[0]!], [policy('code-c', 'partner-code', '## A\n\nYou must comply.\n\n## B\n\nYou must comply.\n', [{ id: 'a', topics: ['bribery'] }, { id: 'b', topics: ['bribery'] }])]);
    const ids = repeated.topics[1]?.cells[0]?.requirements.map((requirement) => requirement.id) ?? [];
    expect(ids).toEqual([requirementId('bribery', 'code-c', 'You must comply.'), `${requirementId('bribery', 'code-c', 'You must comply.')}-2`]);
  });
});

describe('requirement addresses are stable', () => {
  const idsOf = (body: string) => buildChecklist([topics[0]!], [policy('code-b', 'partner-code', body, [{ id: '1-gifts', topics: ['bribery'] }])]).topics[1]?.cells[0]?.requirements.map((requirement) => [requirement.sentence, requirement.id]) ?? [];
  const before = new Map(idsOf(codeB).map(([sentence, id]) => [sentence, id]));

  it.each([
    ['a binding sentence is added before the others', '## 1. Gifts\n\nYou must keep a register. You must not give gifts. You will immediately report bribes.\n'],
    ['a sentence is removed', '## 1. Gifts\n\nYou will immediately report bribes.\n'],
    ['sentences are reordered', '## 1. Gifts\n\nYou will immediately report bribes. You must not give gifts.\n'],
    ['a sentence is rewrapped over two lines', '## 1. Gifts\n\nYou must not give\ngifts. You will immediately report bribes.\n'],
  ])('when %s, every unchanged sentence keeps its address', (_, body) => {
    for (const [sentence, id] of idsOf(body)) if (before.has(sentence ?? '')) expect(id).toBe(before.get(sentence ?? ''));
    expect(idsOf(body).some(([sentence]) => before.has(sentence ?? ''))).toBe(true);
  });

  it.each([
    ['You must not give gifts.', 'You must not give  gifts.', true],
    ['Partner’s “records”.', 'Partner\'s "records".', true],
    ['employment—whichever', 'employment-whichever', true],
    ['You must not give gifts.', 'You must not give gifts!', false],
    ['You must not give gifts.', 'you must not give gifts.', false],
  ])('%j and %j have the same key: %s', (a, b, same) => {
    expect(sentenceKey(a) === sentenceKey(b)).toBe(same);
  });

  it('keys are seven base-36 characters, and the address is <topic>-<code>-<key>', () => {
    expect(sentenceKey('You must not give gifts.')).toMatch(/^[0-9a-z]{7}$/);
    expect(requirementId('bribery', 'code-b', 'You must not give gifts.')).toBe(`bribery-code-b-${sentenceKey('You must not give gifts.')}`);
    expect(normaliseSentence('  A\u00a0 “b”  ')).toBe('A "b"');
  });
});

describe('checklist download', () => {
  const csv = checklistCsv(checklist, 'https://example.org');

  it('is Excel-ready CSV: byte order mark, CRLF lines, quoted cells', () => {
    expect(csv.startsWith('\uFEFFtopic,code,clause_id,clause_title,sentence,continuation,lead_in,address\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(csv).toContain('"Create and keep ""accurate"" records."');
  });

  it('has one row per requirement, each with its full address', () => {
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0] ?? {})).toEqual([...checklistColumns]);
    expect(rows.map((row) => [row.topic, row.clause_id, row.address])).toEqual([
      ['The whole code (its opening)', 'opening', `https://example.org/checklist/#${cell(wholeCode.id, 'code-a')?.requirements[0]?.id}`],
      ['Bribery', 'ethics', `https://example.org/checklist/#${cell('bribery', 'code-a')?.requirements[0]?.id}`],
      ['Bribery', '1-gifts', `https://example.org/checklist/#${cell('bribery', 'code-b')?.requirements[0]?.id}`],
      ['Bribery', '1-gifts', `https://example.org/checklist/#${cell('bribery', 'code-b')?.requirements[1]?.id}`],
      ['Records', 'business-records', `https://example.org/checklist/#${cell('records', 'code-a')?.requirements[0]?.id}`],
    ]);
    expect(rows[4]?.lead_in).toBe('Without limitation Partners must:');
    expect(rows.map((row) => row.continuation)).toEqual(['', 'This applies to intermediaries too.', '', '', '']);
  });

  it('names the conflict minerals policy as the filings describe it', () => {
    expect(codeLabel({ title: 'Infinera Conflict Minerals Policy', kind: 'conflict-minerals-policy' })).toBe('Infinera Conflict Minerals Policy (as the filings describe it)');
    expect(codeLabel({ title: 'Code', kind: 'partner-code' })).toBe('Code');
  });
});

describe('checklist filter in the address', () => {
  const known = { codes: ['code-a', 'code-b'], topics: ['bribery', 'records'] };
  it.each([
    ['', { codes: [], topic: '' }, ''],
    ['?code=code-b&code=code-a', { codes: ['code-b', 'code-a'], topic: '' }, '?code=code-a&code=code-b'],
    ['?topic=records&code=code-b', { codes: ['code-b'], topic: 'records' }, '?code=code-b&topic=records'],
    ['?code=unknown&topic=nope&code=code-a&code=code-a', { codes: ['code-a'], topic: '' }, '?code=code-a'],
  ])('%j reads as %j and is written back as %j', (search, filter, written) => {
    expect(checklistFilterFromSearch(search, known)).toEqual(filter);
    expect(searchFromChecklistFilter(filter, known.codes)).toBe(written);
  });

  it.each([
    [{ codes: [], topic: '' }, 'bribery', 'code-a', true, true],
    [{ codes: ['code-b'], topic: '' }, 'bribery', 'code-a', true, false],
    [{ codes: ['code-a'], topic: 'records' }, 'bribery', 'code-a', false, true],
  ])('filter %j shows topic %s: %s… and code %s: …%s', (filter, topicId, policyId, topic, code) => {
    expect(showsTopic(filter, topicId)).toBe(topic);
    expect(showsCode(filter, policyId)).toBe(code);
  });

  it('shows the codes’ openings whatever the topic, as they apply to every topic', () => {
    expect(showsTopic({ codes: [], topic: 'records' }, wholeCode.id, true)).toBe(true);
    expect(showsTopic({ codes: [], topic: 'records' }, wholeCode.id)).toBe(false);
  });
});
