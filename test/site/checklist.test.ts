// The built /checklist/: every cell says something, every sentence is the code's own words, every
// link reaches a clause, the counts and the CSV match the page, and search can land on each cell.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { plainText } from '../../src/lib/content/markdown-source.ts';
import { wholeCode } from '../../src/lib/domain/checklist.ts';
import { openingId, openingText } from '../../src/lib/domain/clauses.ts';
import type { SearchOutline } from '../../src/lib/presentation/search-sections.ts';
import { dist, mainOf, page, projectRoot, textOf, words } from './built-site.ts';

const content = loadContent(projectRoot);
const idOf = (file: string) => file.replace(/^.*\//, '').replace(/\.mdx$/, '');
const policies = new Map(content.policies.map((policy) => [idOf(policy.file), policy]));
// Astro's scoping attributes left out, so the patterns below read the markup as written.
const main = mainOf(page('/checklist/')).replace(/ data-astro-cid-\w+/g, '');

/** Each topic section of the matrix, with its cells. */
const sections = [...main.matchAll(/<section class="topic"[^>]*data-topic="([^"]+)"[^>]*>([\s\S]*?)(?=<section class="topic"|<section class="method")/g)].map((match) => ({
  topic: match[1] ?? '',
  cells: [...(match[2] ?? '').matchAll(/<div class="cell"[^>]*data-code="([^"]+)"[^>]*>([\s\S]*?)<\/div>/g)].map((cell) => ({ code: cell[1] ?? '', html: cell[2] ?? '' })),
}));
const requirements = [...main.matchAll(/<li id="([^"]+)">([\s\S]*?)<\/li>/g)].map((match) => {
  const body = match[2] ?? '';
  const sentence = /<span data-sentence data-clause="([^"#]+)#([^"]+)"[^>]*>([\s\S]*?)<\/span>/.exec(body);
  const continuation = textOf(/<span data-continuation[^>]*>([\s\S]*?)<\/span>/.exec(body)?.[1] ?? '');
  return { id: match[1] ?? '', policy: sentence?.[1] ?? '', clause: sentence?.[2] ?? '', sentence: textOf(sentence?.[3] ?? ''), continuation, leadIn: textOf(/<span class="lead-in"[^>]*>([\s\S]*?)<\/span>/.exec(body)?.[1] ?? '').replace(/ …$/, '') };
});

/** Whether `needle`'s words occur, in order and together, in `haystack`'s words. */
function containsWords(haystack: string, needle: string): boolean {
  const run = ` ${words(needle).join(' ')} `;
  return ` ${words(haystack).join(' ')} `.includes(run);
}

describe('/checklist/', () => {
  it('has a section for the codes’ openings, then one for every topic, each with a cell for every code', () => {
    expect(sections[0]?.topic).toBe(wholeCode.id);
    expect(sections.slice(1).map((section) => section.topic).sort()).toEqual(content.topics.map((topic) => topic.id).sort());
    for (const section of sections) expect(section.cells.map((cell) => cell.code).sort(), section.topic).toEqual([...policies.keys()].sort());
  });

  it('leaves no cell blank: each lists requirements or says "No requirement stated."', () => {
    for (const section of sections)
      for (const cell of section.cells) {
        const listed = /<li id=/.test(cell.html);
        const none = /No requirement stated\./.test(cell.html);
        expect(listed !== none, `${section.topic} × ${cell.code}`).toBe(true);
      }
  });

  it('lists requirements under unique addresses of the form <topic>-<code>-<key>', () => {
    expect(requirements.length).toBeGreaterThan(100);
    expect(new Set(requirements.map((requirement) => requirement.id)).size).toBe(requirements.length);
    for (const section of sections)
      for (const cell of section.cells)
        for (const [, id] of cell.html.matchAll(/<li id="([^"]+)"/g)) expect(id).toMatch(new RegExp(`^${section.topic}-${cell.code}-[0-9a-z]{7}(-\\d+)?$`));
  });

  it('quotes every sentence (with its continuation), and every lead-in, word for word from its clause or opening as the code is transcribed', () => {
    for (const requirement of requirements) {
      const policy = policies.get(requirement.policy);
      const heading = policy?.headings.findIndex((item) => item.slug === requirement.clause) ?? -1;
      if (requirement.clause !== openingId) expect(heading, requirement.id).toBeGreaterThanOrEqual(0);
      const lines = policy?.body.split('\n') ?? [];
      const next = policy?.headings[heading + 1];
      const clauseText = plainText(requirement.clause === openingId ? openingText(policy?.body ?? '', policy?.headings ?? []) : lines.slice(policy?.headings[heading]?.line ?? 0, next ? next.line - 1 : lines.length).join('\n'));
      const quoted = `${requirement.sentence} ${requirement.continuation}`;
      expect(containsWords(clauseText, quoted), `${requirement.id}: ${quoted}`).toBe(true);
      // A lead-in is in the clause or in the clause it is nested under.
      if (requirement.leadIn) expect(containsWords(plainText(policy?.body ?? ''), requirement.leadIn), requirement.leadIn).toBe(true);
    }
  });

  it.each([
    ['infinera-partner-code', '000_3ac2c90aabaa0ab8.txt'],
    ['juniper-partner-code', '003_e29f70c8a96d83e0.txt'],
  ])('quotes every sentence of %s word for word from the source document', (policyId, seed) => {
    const source = readFileSync(join(projectRoot, 'content', 'sources', seed), 'utf8');
    const quoted = requirements.filter((requirement) => requirement.policy === policyId).map((requirement) => ({ sentence: `${requirement.sentence} ${requirement.continuation}` }));
    expect(quoted.length).toBeGreaterThan(10);
    // A page break in the source splits two sentences (see the policy's transcription notes): their words are checked across it.
    const unbroken = source.replace(/\n\s*\d*\s*\n/g, '\n');
    expect(quoted.filter((requirement) => !containsWords(unbroken, requirement.sentence)).map((requirement) => requirement.sentence)).toEqual([]);
  });

  it('links every requirement to a clause heading, or the opening, that exists on its policy page', () => {
    const links = [...main.matchAll(/href="\/policies\/([^/]+)\/#([^"]+)"/g)];
    expect(links.length).toBeGreaterThanOrEqual(requirements.length);
    expect(links.filter(([, , clauseId]) => clauseId === openingId).length).toBeGreaterThan(0);
    for (const [, policyId, clauseId] of links) {
      expect([...(policies.get(policyId ?? '')?.data.clauses.map((clause) => clause.id) ?? []), openingId], `${policyId}#${clauseId}`).toContain(clauseId);
      expect(page(`/policies/${policyId}/`), `${policyId}#${clauseId}`).toContain(`id="${clauseId}"`);
    }
  });

  it('shows counts, computed from the page’s own lists, in the counts table', () => {
    const table = /<table class="counts"[\s\S]*?<\/table>/.exec(main)?.[0] ?? '';
    const rows = [...table.matchAll(/<tr><th scope="row"><a href="#([^"]+)">[\s\S]*?<\/th>((?:<td>\d+<\/td>)+)<\/tr>/g)];
    expect(rows.length).toBe(sections.length);
    for (const [, topicId, cellsHtml] of rows) {
      const counted = [...(cellsHtml ?? '').matchAll(/<td>(\d+)<\/td>/g)].map((match) => Number(match[1]));
      const section = sections.find((item) => item.topic === topicId);
      expect(counted, topicId).toEqual(section?.cells.map((cell) => (cell.html.match(/<li id=/g) ?? []).length));
    }
  });

  const method = main.slice(main.indexOf('<section class="method"'));
  const borderlineList = (id: string) => new RegExp(`id="${id}"[\\s\\S]*?<ul class="borderline">([\\s\\S]*?)</ul>`).exec(method)?.[1] ?? '';
  const matrixText = textOf(main.slice(0, main.indexOf('<section class="method"')));

  it.each([
    ['not-counted', 'The basis for recruitment, hiring, placement, training, compensation and advancement should be qualifications', false],
    ['about-the-company', 'Infinera only supports the development of legitimate workplace apprenticeship programs', false],
    ['legal-interpretation', 'neither party shall be considered the agent of the other party', false],
    ['legal-interpretation', 'Nothing in this Partner Code of Conduct shall be construed as establishing a partnership', false],
    ['scope-of-an-earlier-sentence', 'This information includes, but is not limited to, point of sale reporting', false],
    ['counted-by-lead-in', 'Provide adequate and regular training to ensure that workers are adequately educated', true],
    ['counted-with-the-sentence-before', 'This includes transporting, harboring, recruiting, transferring or receiving vulnerable persons', true],
    ['counted-with-the-sentence-before', 'This applies regardless of whether the undue advantage is offered directly or through an intermediary', true],
    ['counted-with-the-sentence-before', 'This means treating all persons with dignity and respect', true],
  ])('lists under #%s, each with a link to its clause: “%s…” (in the checklist: %s)', (id, sentence, inMatrix) => {
    const list = borderlineList(id);
    expect((list.match(/<li>/g) ?? []).length, id).toBeGreaterThan(0);
    expect((list.match(/<li>/g) ?? []).length, id).toBe((list.match(/href="\/policies\//g) ?? []).length);
    expect(textOf(list)).toContain(sentence);
    expect(matrixText.includes(sentence)).toBe(inMatrix);
  });

  it.each([
    ['infinera-partner-code', 'This Infinera Partner Code of Conduct is required to be applied by Infinera’s Partners to their subcontractors'],
    ['infinera-partner-code', 'the highest standard shall be applied'],
    ['juniper-partner-code', 'You will ensure that this Code is given to your personnel'],
    ['juniper-partner-code', 'If local laws and regulations are more restrictive, you must always comply with those legal requirements'],
  ])('lists %s’s opening as applying to every topic: “%s…”', (policyId, sentence) => {
    const cell = sections[0]?.cells.find((item) => item.code === policyId);
    expect(textOf(cell?.html ?? '')).toContain(sentence);
    expect(cell?.html).toContain(`href="/policies/${policyId}/#${openingId}"`);
  });

  it('offers a CSV download that opens right in Excel and matches the page', () => {
    expect(main).toContain('href="/checklist/requirements.csv"');
    const csv = page('/checklist/requirements.csv');
    expect(csv.startsWith('\uFEFFtopic,code,clause_id,clause_title,sentence,continuation,lead_in,address\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => new URL(row.address ?? '').hash.slice(1))).toEqual(requirements.map((requirement) => requirement.id));
    expect(rows.map((row) => row.sentence)).toEqual(requirements.map((requirement) => requirement.sentence));
    expect(rows.map((row) => row.clause_id)).toEqual(requirements.map((requirement) => requirement.clause));
    expect(rows.map((row) => row.continuation)).toEqual(requirements.map((requirement) => requirement.continuation));
  });

  it('is linked from the home page, /policies/ and every topic page', () => {
    for (const path of ['/', '/policies/', ...content.topics.map((topic) => `/topics/${topic.id}/`)]) expect(mainOf(page(path)), path).toMatch(/href="\/checklist\/[?#"]/);
  });

  it('is searchable, its topics and cells as sections search results can link to', () => {
    const pagesDir = join(dist, 'search', 'pages');
    const outline = readdirSync(pagesDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(pagesDir, file), 'utf8')) as SearchOutline)
      .find((item) => item.url === '/checklist/');
    expect(outline).toBeDefined();
    const anchors = new Set(outline?.sections.map(([, id]) => id));
    for (const section of sections) {
      expect(anchors.has(section.topic), section.topic).toBe(true);
      for (const cell of section.cells) expect(anchors.has(`${section.topic}-${cell.code}`), `${section.topic}-${cell.code}`).toBe(true);
    }
  });
});
