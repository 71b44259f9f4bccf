// A synthetic archive of many years, shaped like the real content: each year's filing is the real
// 2014 report with its years moved, and its smelter table continues the real 2014 table with churn
// (facilities added, dropped, coming back, renamed, their marker changing). Every printed name is
// in the registry (new facilities as entries, renames as aliases), so the content check passes.
import Papa from 'papaparse';
import { normalizeName } from '../../src/lib/domain/smelter-names.ts';
import { parseRegistry } from '../../src/lib/domain/smelter-registry.ts';
import { seededRandom, type Random } from './random.ts';

export interface ArchiveOptions {
  seed: number;
  /** Number of synthetic years, added after the last real year. */
  years: number;
  /** Facilities listed each year (about). */
  perYear: number;
  /** Distinct facilities over the whole archive (about); sets how many are new each year. */
  totalFacilities: number;
}

export const defaultArchiveOptions: ArchiveOptions = { seed: 2026, years: 25, perYear: 400, totalFacilities: 6000 };

/** The real files the archive is derived from. */
export interface RealContent {
  registryYaml: string;
  /** The newest real year, its report.mdx and smelters.csv. */
  lastYear: number;
  reportMdx: string;
  smelterCsv: string;
}

export interface SyntheticArchive {
  /** File contents by path relative to the project root (replacing the registry, adding years). */
  files: Map<string, string>;
  stats: { years: number[]; rows: number; facilities: number; registryEntries: number; renames: number; markerChanges: number };
}

interface Listed {
  metal: string;
  /** The name the filing prints this year. */
  printed: string;
  marked: boolean;
  /** Index in `added` when the facility is synthetic (so renames can add aliases), else undefined. */
  entry?: number;
}

const LEGAL_FORMS = ['Co., Ltd.', 'Co. Ltd', 'Corporation', 'S.A.', 'GmbH', 'Ltd.', 'Inc.', 'LLC', 'AG', 'Tbk', 'JSC', 'S.p.A.', 'Pty Ltd'];
const SYLLABLES = ['ka', 'lo', 'ren', 'su', 'ta', 'vi', 'mar', 'no', 'zen', 'ha', 'bel', 'ri', 'go', 'dan', 'mi', 'tor', 'ya', 'ches', 'lu', 'pra'];

export function generateArchive(real: RealContent, options: ArchiveOptions = defaultArchiveOptions): SyntheticArchive {
  const random = seededRandom(options.seed);
  const rows = Papa.parse<Record<string, string>>(real.smelterCsv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const words = wordPools(rows.map((row) => [row.metal ?? '', row.facility ?? '']));
  const taken = new Set(rows.map((row) => `${row.metal}|${normalizeName(row.facility ?? '')}`));
  for (const entry of parseRegistry(real.registryYaml).entries) {
    for (const name of [entry.name, ...entry.aliases]) taken.add(`${entry.metal}|${normalizeName(name)}`);
  }
  const added: { id: string; name: string; metal: string; aliases: string[] }[] = [];
  const ids = new Set<string>();

  const newName = (metal: string): string => {
    for (;;) {
      const pool = words.get(metal) ?? words.get('Gold');
      const place = Array.from({ length: 2 + random.below(2) }, () => random.pick(SYLLABLES)).join('');
      const name = [random.chance(0.6) ? random.pick(pool?.first ?? ['PT']) : '', capitalise(place), random.chance(0.7) ? random.pick(pool?.middle ?? ['Metals']) : '', random.pick(LEGAL_FORMS)].filter(Boolean).join(' ');
      const key = `${metal}|${normalizeName(name)}`;
      if (!taken.has(key)) {
        taken.add(key);
        return name;
      }
    }
  };
  const newFacility = (metal: string, marked: boolean): Listed => {
    const name = newName(metal);
    let id = `${metal.toLowerCase()}-${normalizeName(name).replace(/ /g, '-')}`.slice(0, 80).replace(/-+$/, '');
    while (ids.has(id)) id = `${id}-${random.below(10)}`;
    ids.add(id);
    return { metal, printed: name, marked, entry: added.push({ id, name, metal, aliases: [] }) - 1 };
  };

  const metals = rows.map((row) => row.metal ?? 'Gold');
  let listed: Listed[] = rows.map((row) => ({ metal: row.metal ?? 'Gold', printed: row.facility ?? '', marked: row.marker === 'yes' }));
  const dropped: Listed[] = [];
  const firstYear = real.lastYear + 1;
  const newPerYear = Math.max(1, Math.round((options.totalFacilities - options.perYear) / Math.max(1, options.years - 1)));
  const files = new Map<string, string>();
  const stats = { years: [] as number[], rows: 0, facilities: 0, registryEntries: 0, renames: 0, markerChanges: 0 };

  for (let index = 0; index < options.years; index++) {
    const year = firstYear + index;
    // Churn: drop some, bring a few back, add new ones up to this year's size.
    const size = options.perYear + random.below(41) - 20;
    const additions = index === 0 ? Math.max(0, size - listed.length) : newPerYear;
    const keep = Math.max(0, size - additions);
    const kept: Listed[] = [];
    for (const facility of shuffle(listed, random)) (kept.length < keep ? kept : dropped).push(facility);
    listed = kept;
    for (let i = 0; i < Math.round(additions * 0.1) && dropped.length > 0; i++) listed.push(...dropped.splice(random.below(dropped.length), 1));
    while (listed.length < size) listed.push(newFacility(random.pick(metals), random.chance(0.3 + index / (options.years * 2))));
    for (const facility of listed) {
      // Renames: the filing prints a new name; the registry keeps one entry, the old name as alias.
      const entry = facility.entry === undefined ? undefined : added[facility.entry];
      if (entry && random.chance(0.02)) {
        entry.aliases.push(entry.name);
        entry.name = newName(facility.metal);
        facility.printed = entry.name;
        stats.renames++;
      }
      if (random.chance(0.08)) {
        facility.marked = !facility.marked;
        stats.markerChanges++;
      }
    }
    const table = [...listed].sort((a, b) => a.metal.localeCompare(b.metal) || a.printed.localeCompare(b.printed, 'en'));
    files.set(`content/reports/${year}/smelters.csv`, Papa.unparse({ fields: ['metal', 'facility', 'marker', 'smelter_id', 'country', 'note'], data: table.map((row) => [row.metal, row.printed, row.marked ? 'yes' : 'no', '', '', '']) }, { newline: '\n' }) + '\n');
    files.set(`content/reports/${year}/report.mdx`, moveYears(real.reportMdx, real.lastYear, year));
    stats.years.push(year);
    stats.rows += table.length;
  }

  const entries = added.map((entry) => [`- id: ${entry.id}`, `  name: ${JSON.stringify(entry.name)}`, `  metal: ${entry.metal}`, ...(entry.aliases.length > 0 ? [`  aliases: [${entry.aliases.map((alias) => JSON.stringify(alias)).join(', ')}]`] : [])].join('\n'));
  files.set('content/smelters/registry.yaml', `${real.registryYaml.trimEnd()}\n\n# Synthetic facilities of the benchmark archive (scripts/bench/generate.ts).\n${entries.join('\n\n')}\n`);
  stats.registryEntries = added.length;
  stats.facilities = added.length + new Set(rows.map((row) => `${row.metal}|${row.facility}`)).size;
  return { files, stats };
}

/** The real report with every mention of its year (and the years either side) moved to `year`. */
export function moveYears(text: string, from: number, year: number): string {
  const shift = year - from;
  return text.replace(new RegExp(`\\b(${from - 1}|${from}|${from + 1})\\b`, 'g'), (match) => String(Number(match) + shift));
}

/** Words of the real names, by metal: first words ("PT", "Jiangxi") and others ("Copper", "Smelting"). */
function wordPools(names: [string, string][]): Map<string, { first: string[]; middle: string[] }> {
  const pools = new Map<string, { first: string[]; middle: string[] }>();
  for (const [metal, name] of names) {
    const pool = pools.get(metal) ?? { first: [], middle: [] };
    const parts = name.replace(/[(),.]/g, ' ').split(/\s+/).filter((word) => /^\p{L}{2,}$/u.test(word));
    if (parts[0]) pool.first.push(parts[0]);
    pool.middle.push(...parts.slice(1).filter((word) => !/^(co|ltd|inc|corp|sa|ag|llc|gmbh|tbk|jsc)$/i.test(word)));
    pools.set(metal, pool);
  }
  return pools;
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
