import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/content-problem.ts';
import { parseRegistry, resolveNames, type PrintedName } from '../src/lib/smelter-registry.ts';

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
});

describe('parseRegistry', () => {
  it.each([
    ['a duplicate id', '- {id: a-b, name: A, metal: Gold}\n- {id: a-b, name: B, metal: Gold}\n', 'registry.yaml:2 — [1].id: the id "a-b" is used twice'],
    ['a name claimed by two facilities', '- {id: a, name: Alpha Co., metal: Gold}\n- {id: b, name: B, metal: Gold, aliases: [Alpha Co]}\n', '"Alpha Co" is already a name of "a"'],
    ['succeeds pointing nowhere', '- {id: a, name: A, metal: Gold, succeeds: [zz]}\n', 'registry.yaml:1 — [0].succeeds: "zz" is not the id of any facility'],
    ['an unknown metal', '- {id: a, name: A, metal: Silver}\n', 'registry.yaml:1 — [0].metal: "Silver" is not allowed here'],
    ['a bad id', '- {id: Alpha Co, name: A, metal: Gold}\n', '[0].id: must be lowercase letters, digits and hyphens'],
    ['invalid YAML', '- id: a\n  name: [A\n', 'registry.yaml:3 — the file is not valid YAML'],
  ])('rejects %s', (_label, yaml, message) => {
    const { problems } = parseRegistry(yaml, 'registry.yaml');
    expect(problems.map(formatProblem).join('\n')).toContain(message);
  });

  it('lets the same name exist once per metal', () => {
    expect(parseRegistry('- {id: a, name: Alpha, metal: Gold}\n- {id: b, name: Alpha, metal: Tin}\n', 'r.yaml').problems).toEqual([]);
  });
});
