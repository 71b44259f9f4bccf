// The built /checklist/: every cell says something, every sentence is the code's own words, every
// link reaches a clause, the counts and the CSV match the page, and search can land on each cell.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { plainText } from '../../src/lib/content/markdown-source.ts';
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
  return { id: match[1] ?? '', policy: sentence?.[1] ?? '', clause: sentence?.[2] ?? '', sentence: textOf(sentence?.[3] ?? ''), leadIn: textOf(/<span class="lead-in"[^>]*>([\s\S]*?)<\/span>/.exec(body)?.[1] ?? '').replace(/ …$/, '') };
});

/** Whether `needle`'s words occur, in order and together, in `haystack`'s words. */
function containsWords(haystack: string, needle: string): boolean {
  const run = ` ${words(needle).join(' ')} `;
  return ` ${words(haystack).join(' ')} `.includes(run);
}

describe('/checklist/', () => {
  it('has a section for every topic, each with a cell for every code', () => {
    expect(sections.map((section) => section.topic).sort()).toEqual(content.topics.map((topic) => topic.id).sort());
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

  it('quotes every sentence, and every lead-in, word for word from its clause as the code is transcribed', () => {
    for (const requirement of requirements) {
      const policy = policies.get(requirement.policy);
      const heading = policy?.headings.findIndex((item) => item.slug === requirement.clause) ?? -1;
      expect(heading, requirement.id).toBeGreaterThanOrEqual(0);
      const lines = policy?.body.split('\n') ?? [];
      const next = policy?.headings[heading + 1];
      const clauseText = plainText(lines.slice(policy?.headings[heading]?.line ?? 0, next ? next.line - 1 : lines.length).join('\n'));
      expect(containsWords(clauseText, requirement.sentence), `${requirement.id}: ${requirement.sentence}`).toBe(true);
      // A lead-in is in the clause or in the clause it is nested under.
      if (requirement.leadIn) expect(containsWords(plainText(policy?.body ?? ''), requirement.leadIn), requirement.leadIn).toBe(true);
    }
  });

  it.each([
    ['infinera-partner-code', '000_3ac2c90aabaa0ab8.txt'],
    ['juniper-partner-code', '003_e29f70c8a96d83e0.txt'],
  ])('quotes every sentence of %s word for word from the source document', (policyId, seed) => {
    const source = readFileSync(join(projectRoot, 'content', 'sources', seed), 'utf8');
    const quoted = requirements.filter((requirement) => requirement.policy === policyId);
    expect(quoted.length).toBeGreaterThan(10);
    // A page break in the source splits two sentences (see the policy's transcription notes): their words are checked across it.
    const unbroken = source.replace(/\n\s*\d*\s*\n/g, '\n');
    expect(quoted.filter((requirement) => !containsWords(unbroken, requirement.sentence)).map((requirement) => requirement.sentence)).toEqual([]);
  });

  it('links every requirement to a clause heading that exists on its policy page', () => {
    const links = [...main.matchAll(/href="\/policies\/([^/]+)\/#([^"]+)"/g)];
    expect(links.length).toBeGreaterThanOrEqual(requirements.length);
    for (const [, policyId, clauseId] of links) {
      expect(policies.get(policyId ?? '')?.data.clauses.map((clause) => clause.id), `${policyId}#${clauseId}`).toContain(clauseId);
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

  it('lists the borderline sentences, each with a link to its clause', () => {
    const method = main.slice(main.indexOf('<section class="method"'));
    for (const id of ['not-counted', 'counted-by-lead-in']) {
      const list = new RegExp(`id="${id}"[\\s\\S]*?<ul class="borderline">([\\s\\S]*?)</ul>`).exec(method)?.[1] ?? '';
      expect((list.match(/<li>/g) ?? []).length, id).toBeGreaterThan(0);
      expect((list.match(/<li>/g) ?? []).length, id).toBe((list.match(/href="\/policies\//g) ?? []).length);
    }
    expect(textOf(method)).toContain('The basis for recruitment, hiring, placement, training, compensation and advancement should be qualifications');
  });

  it('offers a CSV download that opens right in Excel and matches the page', () => {
    expect(main).toContain('href="/checklist/requirements.csv"');
    const csv = page('/checklist/requirements.csv');
    expect(csv.startsWith('\uFEFFtopic,code,clause_id,clause_title,sentence,lead_in,address\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => new URL(row.address ?? '').hash.slice(1))).toEqual(requirements.map((requirement) => requirement.id));
    expect(rows.map((row) => row.sentence)).toEqual(requirements.map((requirement) => requirement.sentence));
    expect(rows.map((row) => row.clause_id)).toEqual(requirements.map((requirement) => requirement.clause));
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
