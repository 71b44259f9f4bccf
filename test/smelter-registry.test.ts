import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/content/content-problem.ts';
import { parseRegistry, resolveNames } from '../src/lib/domain/smelter-registry.ts';
import type { PrintedName } from '../src/schemas/registry.ts';

const registryYaml = `
- id: tantalum-duoluoshan
  name: Duoluoshan
  metal: Tantalum
  aliases: [Duoloshan]
- id: tantalum-kemet-blue-powder
  name: KEMET Blue Powder
  metal: Tantalum
  aliases: [Kamet Blue Powder]
- id: gold-perth-mint
  name: Western Australian Mint trading as The Perth Mint
  metal: Gold
  aliases: [Perth Mint]
- id: tin-mitsubishi-materials
  name: Mitsubishi Materials Corporation
  metal: Tin
`;
const { entries } = parseRegistry(registryYaml, 'registry.yaml');
const printed = (metal: PrintedName['metal'], facility: string): PrintedName => ({ metal, facility, file: 'smelters.csv', line: 7 });

describe('resolveNames', () => {
  it.each([
    ['the canonical name', printed('Tantalum', 'Duoluoshan'), 'tantalum-duoluoshan'],
    ['a declared alias (old spelling)', printed('Tantalum', 'Duoloshan'), 'tantalum-duoluoshan'],
    ['an alias differing only in case', printed('Tantalum', 'KAMET BLUE POWDER'), 'tantalum-kemet-blue-powder'],
    ['a renamed facility', printed('Gold', 'Perth Mint'), 'gold-perth-mint'],
    ['punctuation noise', printed('Tin', 'Mitsubishi Materials Corp'), 'tin-mitsubishi-materials'],
  ])('matches %s', (_label, row, id) => {
    const { resolutions, problems } = resolveNames([row], entries);
    expect(problems).toEqual([]);
    expect(resolutions[0]).toEqual({ facilityId: id, isNew: false });
  });

  it('never matches across metals: the same company refining another metal is a new facility', () => {
    const { resolutions, problems } = resolveNames([printed('Gold', 'Mitsubishi Materials Corporation')], entries);
    expect(problems).toEqual([]);
    expect(resolutions[0]).toEqual({ facilityId: 'gold-mitsubishi-materials-corp', isNew: true });
  });

  it('makes a genuinely new name a new facility', () => {
    expect(resolveNames([printed('Tin', 'Thaisarco')], entries).resolutions[0]).toEqual({ facilityId: 'tin-thaisarco', isNew: true });
  });

  it('stops on a near miss with "did you mean" and how to declare it', () => {
    const { problems } = resolveNames([printed('Tantalum', 'KEMET Blue Powders')], entries);
    expect(problems.map(formatProblem)).toEqual([
      'smelters.csv:7 — facility: "KEMET Blue Powders" (Tantalum) is not in the smelter registry, but closely resembles "KEMET Blue Powder" (id tantalum-kemet-blue-powder) — did you mean that facility? — if it is the same facility, add "KEMET Blue Powders" to the aliases of "tantalum-kemet-blue-powder" in content/smelters/registry.yaml; if it is a different facility, add a new entry for it there',
    ]);
  });

  it('never offers a garbled name (invisible character, wrong encoding) as an alias', () => {
    const garbled = [printed('Tantalum', 'KEMET Blue\u200b Powders'), printed('Tantalum', 'KEMET Blue PowdÃ©r')];
    expect(resolveNames(garbled, entries).problems.map(formatProblem).join('\n')).not.toContain('aliases');
  });

  it('refuses one facility printed twice in one table with different markers, naming both rows', () => {
    const rows = [{ ...printed('Gold', 'Perth Mint'), line: 2, marker: true }, { ...printed('Gold', 'Western Australian Mint trading as The Perth Mint'), line: 5, marker: false }];
    expect(resolveNames(rows, entries).problems.map(formatProblem)).toEqual([
      'smelters.csv:5 — marker: "Western Australian Mint trading as The Perth Mint" is the same facility as line 2 ("Perth Mint", id gold-perth-mint), but line 2 says marker yes and this row says no — a facility has one status in a year’s table: check the filing and make both rows say the same, or delete the repeated row',
    ]);
    expect(resolveNames(rows.map((row) => ({ ...row, marker: true })), entries).problems).toEqual([]);
    expect(resolveNames([rows[0]!, { ...rows[1]!, file: 'other-year.csv' }], entries).problems).toEqual([]);
  });

  it('refuses a new name whose id is already a registered facility\'s', () => {
    const taken = resolveNames([printed('Tin', 'Kemet')], [{ id: 'tin-kemet', name: 'Kemet Tin Works', metal: 'Tin', aliases: [], succeeds: [], notSameAs: [] }]).problems;
    expect(taken.map(formatProblem)).toEqual([
      'smelters.csv:7 — facility: "Kemet" would get the id "tin-kemet", which already belongs to the registered facility "Kemet Tin Works" — if it is the same facility, add "Kemet" to the aliases of "tin-kemet" in content/smelters/registry.yaml; otherwise add it to the registry with an id of its own',
    ]);
  });

  it('gives two long new names that differ only after the id length limit two different ids', () => {
    const stem = 'Refinery of the Northern Province Precious Metals Company for Gold and Silver and Platinum Group';
    const { resolutions, problems } = resolveNames([printed('Gold', `${stem} Plant One`), printed('Gold', `${stem} Plant Two`)], []);
    expect(problems).toEqual([]);
    expect(resolutions[0]?.facilityId).not.toBe(resolutions[1]?.facilityId);
  });
});

describe('parseRegistry', () => {
  it.each([
    ['a duplicate id', '- {id: a-b, name: A, metal: Gold}\n- {id: a-b, name: B, metal: Gold}\n', 'registry.yaml:2 — [1].id: the id "a-b" is used twice (first on line 1)'],
    ['a name claimed by two facilities', '- {id: a, name: Alpha Co., metal: Gold}\n- {id: b, name: B, metal: Gold, aliases: [Alpha Co]}\n', '"Alpha Co" is already a name of "a"'],
    ['succeeds pointing nowhere', '- {id: a, name: A, metal: Gold, succeeds: [zz]}\n', 'registry.yaml:1 — [0].succeeds: "zz" is not the id of any facility'],
    ['an unknown metal', '- {id: a, name: A, metal: Silver}\n', 'registry.yaml:1 — [0].metal: "Silver" is not allowed here'],
    ['a bad id', '- {id: Alpha Co, name: A, metal: Gold}\n', '[0].id: must be lowercase letters, digits and hyphens'],
    ['a name with no letters or digits', '- {id: a, name: "***", metal: Gold}\n', 'registry.yaml:1 — [0].name: "***" has no letters or digits'],
    ['an alias with an invisible character', '- {id: a, name: Alpha, metal: Gold, aliases: ["Al\u00adpha Co"]}\n', 'registry.yaml:1 — [0].aliases[0]: "Al[U+00AD]pha Co" contains an invisible character: U+00AD soft hyphen at character 3'],
    ['invalid YAML', '- id: a\n  name: [A\n', 'registry.yaml:3 — the file is not valid YAML'],
    ['likelySameAs without evidence', '- {id: a, name: A, metal: Gold}\n- {id: b, name: B, metal: Gold, likelySameAs: a}\n', '[1].evidence: is missing: say in words why'],
    ['evidence without likelySameAs', '- {id: a, name: A, metal: Gold, evidence: Because.}\n', '[0].likelySameAs: is missing'],
    ['likelySameAs pointing nowhere', '- {id: b, name: B, metal: Gold, likelySameAs: zz, evidence: Because.}\n', '[0].likelySameAs: "zz" is not the id of any facility'],
    ['likelySameAs naming itself', '- {id: b, name: B, metal: Gold, likelySameAs: b, evidence: Because.}\n', '[0].likelySameAs: names the facility itself'],
    ['likelySameAs across metals', '- {id: a, name: A, metal: Tin}\n- {id: b, name: B, metal: Gold, likelySameAs: a, evidence: Because.}\n', '[1].likelySameAs: "a" is a Tin facility, this one Gold'],
    ['notSameAs without a reason', '- {id: a, name: A, metal: Gold}\n- {id: b, name: B, metal: Gold, notSameAs: [{id: a}]}\n', '[1].notSameAs[0].reason: is missing'],
    ['notSameAs pointing nowhere', '- {id: b, name: B, metal: Gold, notSameAs: [{id: zz, reason: No.}]}\n', '[0].notSameAs[0].id: "zz" is not the id of any facility'],
    ['one facility both likely and not the same', '- {id: a, name: A, metal: Gold}\n- {id: b, name: B, metal: Gold, likelySameAs: a, evidence: Yes., notSameAs: [{id: a, reason: No.}]}\n', '"a" is named both in likelySameAs and in notSameAs'],
  ])('rejects %s', (_label, yaml, message) => {
    const { problems } = parseRegistry(yaml, 'registry.yaml');
    expect(problems.map(formatProblem).join('\n')).toContain(message);
  });

  it('accepts a likely rename with its evidence and a look-alike kept apart with its reason', () => {
    const yaml = '- {id: a, name: A, metal: Gold}\n- {id: c, name: C, metal: Gold}\n- {id: b, name: B, metal: Gold, likelySameAs: a, evidence: Because., notSameAs: [{id: c, reason: No.}]}\n';
    const { entries: parsed, problems } = parseRegistry(yaml, 'r.yaml');
    expect(problems).toEqual([]);
    expect(parsed[2]).toMatchObject({ likelySameAs: 'a', evidence: 'Because.', notSameAs: [{ id: 'c', reason: 'No.' }] });
  });

  it('lets the same name exist once per metal', () => {
    expect(parseRegistry('- {id: a, name: Alpha, metal: Gold}\n- {id: b, name: Alpha, metal: Tin}\n', 'r.yaml').problems).toEqual([]);
  });
});
