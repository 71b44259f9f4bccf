import { REGISTRY_FILE as REGISTRY, type PrintedName, type RegistryEntry, type Resolution } from '../../schemas/registry.ts';
import type { ContentProblem } from './content-problem.ts';
import { normalizeName } from '../domain/smelter-names.ts';

/**
 * Two different facilities must never share an id: the site would merge them into one page.
 * Checks the ids given to new (unregistered) names against each other and against the registry.
 */
export function idCollisions(printed: readonly PrintedName[], resolutions: readonly Resolution[], registry: readonly RegistryEntry[]): ContentProblem[] {
  const registered = new Map(registry.map((entry) => [entry.id, entry]));
  const firstNew = new Map<string, PrintedName>();
  const problems: ContentProblem[] = [];
  printed.forEach((row, index) => {
    const resolution = resolutions[index];
    if (!resolution?.isNew) return;
    const owner = registered.get(resolution.facilityId);
    if (owner) {
      problems.push({
        file: row.file,
        line: row.line,
        field: 'facility',
        message: `"${row.facility}" would get the id "${resolution.facilityId}", which already belongs to the registered facility "${owner.name}"`,
        fix: `if it is the same facility, add "${row.facility}" to the aliases of "${owner.id}" in ${REGISTRY}; otherwise add it to the registry with an id of its own`,
      });
      return;
    }
    const earlier = firstNew.get(resolution.facilityId);
    if (!earlier) firstNew.set(resolution.facilityId, row);
    else if (normalizeName(earlier.facility) !== normalizeName(row.facility)) {
      problems.push({
        file: row.file,
        line: row.line,
        field: 'facility',
        message: `"${row.facility}" and "${earlier.facility}" (${earlier.file}:${earlier.line}) are different names but would get the same id "${resolution.facilityId}"`,
        fix: `add both facilities to ${REGISTRY}, each with an id of its own (if they are one facility, list one name as an alias of the other)`,
      });
    }
  });
  return problems;
}

/**
 * One facility printed twice in one year's table must carry the same marker in both rows: the
 * site shows one status per facility and year. Rows are the same facility when they resolve to
 * the same id (the same name, or names the registry declares aliases).
 */
export function conflictingMarkers(printed: readonly PrintedName[], resolutions: readonly Resolution[]): ContentProblem[] {
  const first = new Map<string, PrintedName>();
  const problems: ContentProblem[] = [];
  printed.forEach((row, index) => {
    const id = resolutions[index]?.facilityId;
    if (id === undefined || row.marker === undefined) return;
    const key = `${row.file}\u0000${id}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, row);
    } else if (earlier.marker !== row.marker) {
      const yesNo = (marker: boolean | undefined) => (marker ? 'yes' : 'no');
      problems.push({
        file: row.file,
        line: row.line,
        field: 'marker',
        message: `"${row.facility}" is the same facility as line ${earlier.line} ("${earlier.facility}", id ${id}), but line ${earlier.line} says marker ${yesNo(earlier.marker)} and this row says ${yesNo(row.marker)}`,
        fix: 'a facility has one status in a year’s table: check the filing and make both rows say the same, or delete the repeated row',
      });
    }
  });
  return problems;
}
