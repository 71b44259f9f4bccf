import { countrySchema, type Country } from '../../schemas/country.ts';
import type { ContentProblem } from '../content/content-problem.ts';
import { parseYaml } from '../content/yaml-source.ts';
import { describeIssue, fieldName } from '../content/zod-problems.ts';

export const COUNTRIES_FILE = 'content/countries.yaml';

/**
 * Folds the noise in printed country names (case, accents, punctuation, "&", the word "the") so
 * "Democratic Republic of the Congo" and "Democratic Republic of Congo" compare equal. Different
 * names for one country ("Russian Federation" / "Russia") are the job of content/countries.yaml.
 */
export function normalizeCountry(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== 'the')
    .join(' ');
}

/** Parses and checks the countries list: each entry against the schema, and no spelling claimed by two countries. */
export function parseCountries(text: string, file = COUNTRIES_FILE): { entries: Country[]; problems: ContentProblem[] } {
  const yaml = parseYaml(text);
  if (yaml.syntaxError) {
    return { entries: [], problems: [{ file, line: yaml.syntaxError.line, message: `the file is not valid YAML (${yaml.syntaxError.message})`, fix: yaml.syntaxError.fix ?? 'check the indentation and that each entry starts with "- name:"' }] };
  }
  if (yaml.data !== null && yaml.data !== undefined && !Array.isArray(yaml.data)) {
    return { entries: [], problems: [{ file, line: 1, message: 'the file is not a list of countries', fix: 'write one entry per country, each starting with "- name:"' }] };
  }
  const items: unknown[] = Array.isArray(yaml.data) ? yaml.data : [];
  const problems: ContentProblem[] = [];
  const entries: Country[] = [];
  const owners = new Map<string, { name: string; index: number; line: number | undefined }>();
  items.forEach((item, index) => {
    const parsed = countrySchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, line: yaml.lineOf([index, ...issue.path]), field: fieldName([index, ...issue.path]), message: describeIssue(issue, item), fix: 'correct the entry: each country needs a name, and may have a list of aliases and a note' });
      }
      return;
    }
    const country = parsed.data;
    const spellings: [string, PropertyKey[]][] = [[country.name, [index, 'name']], ...country.aliases.map((alias, aliasIndex): [string, PropertyKey[]] => [alias, [index, 'aliases', aliasIndex]])];
    for (const [spelling, path] of spellings) {
      const key = normalizeCountry(spelling);
      const owner = owners.get(key);
      if (owner && owner.index !== index) {
        problems.push({ file, line: yaml.lineOf(path), field: fieldName(path), message: `"${spelling}" is already a name of "${owner.name}" (entry ${owner.index + 1}, line ${owner.line})`, fix: 'a spelling can belong to one country only; remove it from one of the two entries' });
      } else if (!owner) {
        owners.set(key, { name: country.name, index, line: yaml.lineOf(path) });
      }
    }
    entries.push(country);
  });
  return { entries, problems };
}

/** A printed country placed in the countries list (or standing for itself when the list does not know it). */
export interface ResolvedCountry {
  /** The site's name for the country. */
  name: string;
  /** Normalised key: the same for every spelling of one country. */
  key: string;
  note?: string;
}

/** Looks printed country names up in the countries list. */
export function countryResolver(countries: readonly Country[]): (printed: string) => ResolvedCountry {
  const byKey = new Map<string, Country>();
  for (const country of countries) {
    for (const spelling of [country.name, ...country.aliases]) {
      const key = normalizeCountry(spelling);
      if (!byKey.has(key)) byKey.set(key, country);
    }
  }
  return (printed) => {
    const country = byKey.get(normalizeCountry(printed));
    if (!country) return { name: printed.trim(), key: normalizeCountry(printed) };
    return { name: country.name, key: normalizeCountry(country.name), ...(country.note ? { note: country.note } : {}) };
  };
}

/** A country listed in one year only, with the spelling(s) that year printed. */
export interface CountryListed {
  name: string;
  printed: string[];
  note?: string;
}

/** A country listed in both years but printed differently. */
export interface CountryRespelled {
  name: string;
  printedFrom: string[];
  printedTo: string[];
  note?: string;
}

export interface CountryComparison {
  added: CountryListed[];
  removed: CountryListed[];
  /** Same country, printed differently: never counted as added or removed. */
  respelled: CountryRespelled[];
  /** Countries listed in both years, spelled the same. */
  unchanged: string[];
}

/** Countries of origin listed in one year and not the other, matching spellings of the same country. */
export function compareCountries(from: readonly string[], to: readonly string[], countries: readonly Country[]): CountryComparison {
  const resolve = countryResolver(countries);
  const group = (printed: readonly string[]) => {
    const byKey = new Map<string, CountryListed>();
    for (const spelling of printed) {
      const country = resolve(spelling);
      const listed = byKey.get(country.key) ?? { name: country.name, printed: [], ...(country.note ? { note: country.note } : {}) };
      if (!listed.printed.includes(spelling)) listed.printed.push(spelling);
      byKey.set(country.key, listed);
    }
    return byKey;
  };
  const before = group(from);
  const after = group(to);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');
  const respelled: CountryRespelled[] = [];
  const unchanged: string[] = [];
  for (const [key, listed] of after) {
    const earlier = before.get(key);
    if (!earlier) continue;
    const same = earlier.printed.length === listed.printed.length && earlier.printed.every((spelling) => listed.printed.includes(spelling));
    if (same) unchanged.push(listed.name);
    else respelled.push({ name: listed.name, printedFrom: earlier.printed, printedTo: listed.printed, ...(listed.note ? { note: listed.note } : {}) });
  }
  return {
    added: [...after].filter(([key]) => !before.has(key)).map(([, listed]) => listed).sort(byName),
    removed: [...before].filter(([key]) => !after.has(key)).map(([, listed]) => listed).sort(byName),
    respelled: respelled.sort(byName),
    unchanged: unchanged.sort((a, b) => a.localeCompare(b, 'en')),
  };
}
