import { REGISTRY_FILE, registrySchema, type PrintedName, type RegistryEntry, type Resolution } from '../../schemas/registry.ts';
import type { ContentProblem } from '../content/content-problem.ts';
import { conflictingMarkers, idCollisions } from '../content/facility-identity-checks.ts';
import { LookalikeIndex } from './lookalike-index.ts';
import { facilityIdFor, normalizeName } from './smelter-names.ts';
import { describeGarbledText } from '../../schemas/text-hygiene.ts';
import { parseYaml } from '../content/yaml-source.ts';
import { describeIssue, fieldName, fixOf } from '../content/zod-problems.ts';

/** Parses and checks the registry: schema, unique ids, no name claimed twice, `succeeds` pointing at real ids. */
export function parseRegistry(text: string, file = REGISTRY_FILE): { entries: RegistryEntry[]; problems: ContentProblem[] } {
  const yaml = parseYaml(text);
  if (yaml.syntaxError) {
    return { entries: [], problems: [{ file, line: yaml.syntaxError.line, message: `the file is not valid YAML (${yaml.syntaxError.message})`, fix: yaml.syntaxError.fix ?? 'check the indentation and that each entry starts with "- id:"' }] };
  }
  const parsed = registrySchema.safeParse(yaml.data ?? []);
  if (!parsed.success) {
    return {
      entries: [],
      problems: parsed.error.issues.map((issue) => ({
        file,
        line: yaml.lineOf(issue.path),
        field: fieldName(issue.path),
        message: describeIssue(issue, yaml.data, yaml.lineOf),
        fix: fixOf(issue) ?? 'correct the entry; see the comment at the top of the registry for the fields',
      })),
    };
  }
  const entries = parsed.data;
  const problems: ContentProblem[] = [];
  const ids = new Set(entries.map((entry) => entry.id));
  const names = new Map<string, { id: string; name: string }>();
  entries.forEach((entry, index) => {
    const line = yaml.lineOf([index]);
    for (const name of [entry.name, ...entry.aliases]) {
      const key = `${entry.metal}|${normalizeName(name)}`;
      const owner = names.get(key);
      if (owner && owner.id !== entry.id) {
        problems.push({ file, line, field: `[${index}]`, message: `"${name}" is already a name of "${owner.id}" (${owner.name})`, fix: 'a printed name can belong to one facility only; remove it from one of the two entries' });
      }
      names.set(key, { id: entry.id, name });
    }
  });
  entries.forEach((entry, index) => {
    for (const earlier of entry.succeeds) {
      if (!ids.has(earlier)) {
        problems.push({ file, line: yaml.lineOf([index, 'succeeds']), field: `[${index}].succeeds`, message: `"${earlier}" is not the id of any facility in the registry`, fix: 'use the id of the earlier facility exactly as written in its entry' });
      }
    }
    problems.push(...judgementProblems(entries, index, (path) => yaml.lineOf(path), file));
  });
  return { entries, problems };
}

/** `likelySameAs` and `notSameAs` must name another facility of the same metal, and not the same one both ways. */
function judgementProblems(entries: readonly RegistryEntry[], index: number, lineOf: (path: readonly PropertyKey[]) => number | undefined, file: string): ContentProblem[] {
  const entry = entries[index];
  if (!entry) return [];
  const links: [string, (string | number)[]][] = [
    ...(entry.likelySameAs ? [[entry.likelySameAs, ['likelySameAs']] as [string, (string | number)[]]] : []),
    ...entry.notSameAs.map((judgement, position): [string, (string | number)[]] => [judgement.id, ['notSameAs', position, 'id']]),
  ];
  return links.flatMap(([id, path]): ContentProblem[] => {
    const other = entries.find((candidate) => candidate.id === id);
    const at = { file, line: lineOf([index, ...path]), field: fieldName([index, ...path]) };
    if (!other) return [{ ...at, message: `"${id}" is not the id of any facility in the registry`, fix: 'use the id of the earlier facility exactly as written in its entry' }];
    if (other.id === entry.id) return [{ ...at, message: 'names the facility itself', fix: 'name the other facility (the one listed in earlier filings)' }];
    if (other.metal !== entry.metal) return [{ ...at, message: `"${id}" is a ${other.metal} facility, this one ${entry.metal}`, fix: 'a facility can only be the same as one of the same metal' }];
    if (path[0] === 'notSameAs' && id === entry.likelySameAs) return [{ ...at, message: `"${id}" is named both in likelySameAs and in notSameAs`, fix: 'keep the judgement you hold: remove it from one of the two' }];
    return [];
  });
}

/**
 * Matches printed names to registry facilities of the same metal. Exact matches after
 * normalisation (names and declared aliases) resolve; a name that merely resembles a registered
 * facility stops with "did you mean …?"; anything else is a genuinely new facility.
 */
export function resolveNames(printed: readonly PrintedName[], registry: readonly RegistryEntry[]): { resolutions: Resolution[]; problems: ContentProblem[] } {
  const byMetal = new Map<string, Map<string, RegistryEntry>>();
  for (const entry of registry) {
    const names = byMetal.get(entry.metal) ?? new Map<string, RegistryEntry>();
    for (const name of [entry.name, ...entry.aliases]) names.set(normalizeName(name), entry);
    byMetal.set(entry.metal, names);
  }
  // Built on the first unregistered name of a metal: most builds need none.
  const lookalikes = new Map<string, LookalikeIndex<RegistryEntry>>();
  const lookalikeIndex = (metal: string, names: Map<string, RegistryEntry>) => {
    const index = lookalikes.get(metal) ?? new LookalikeIndex(names);
    lookalikes.set(metal, index);
    return index;
  };
  const problems: ContentProblem[] = [];
  const resolutions = printed.map((row): Resolution => {
    const names = byMetal.get(row.metal) ?? new Map<string, RegistryEntry>();
    const key = normalizeName(row.facility);
    const exact = names.get(key);
    if (exact) return { facilityId: exact.id, isNew: false };
    const lookalike = lookalikeIndex(row.metal, names).firstResembling(key);
    // A garbled name is refused by the CSV check; never offer it as an alias to copy.
    if (lookalike && !describeGarbledText(row.facility)) {
      problems.push({
        file: row.file,
        line: row.line,
        field: 'facility',
        message: `"${row.facility}" (${row.metal}) is not in the smelter registry, but closely resembles "${lookalike.name}" (id ${lookalike.id}) — did you mean that facility?`,
        fix: `if it is the same facility, add "${row.facility}" to the aliases of "${lookalike.id}" in ${REGISTRY_FILE}; if it is a different facility, add a new entry for it there`,
      });
    }
    return { facilityId: facilityIdFor(row.metal, row.facility), isNew: true };
  });
  problems.push(...idCollisions(printed, resolutions, registry), ...conflictingMarkers(printed, resolutions));
  return { resolutions, problems };
}
