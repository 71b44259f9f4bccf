// schema.org descriptions of the reports and the smelter data, embedded in pages as JSON-LD so that
// search engines and dataset catalogues can tell what each page and download is. Only facts from
// front matter and the computed tables go in; no date or figure is invented.
import type { ReportData } from '../../schemas/report.ts';
import { downloadColumns } from '../../schemas/smelter-download.ts';
import { isoDay } from './format.ts';

/** Addresses of a year's pages and downloads, already absolute. */
export interface ReportAddresses {
  page: string;
  csv: string;
  json: string;
}

type JsonLd = Record<string, unknown>;

const organization = (name: string): JsonLd => ({ '@type': 'Organization', name });
const period = (data: ReportData) => `${isoDay(data.reportingPeriod.start)}/${isoDay(data.reportingPeriod.end)}`;

/** The filing a report page transcribes: its title, registrant and, when it has a signature block, the date signed. */
function filing(data: ReportData): JsonLd {
  return {
    '@type': 'DigitalDocument',
    name: data.source.title,
    author: organization(data.registrant),
    ...(data.signature && { dateCreated: isoDay(data.signature.date) }),
    ...(data.source.url && { url: data.source.url }),
  };
}

/** One year's smelter and refiner table as a dataset with its two downloads. */
function reportDataset(data: ReportData, rows: number, at: ReportAddresses): JsonLd {
  return {
    '@type': 'Dataset',
    name: `Smelters and refiners listed in the ${data.year} Conflict Minerals Report`,
    description: `The ${rows} rows of the smelter and refiner table in ${data.registrant}'s Conflict Minerals Report for ${data.year}, as printed, with the year's marker and a stable facility id for each row.`,
    url: at.page,
    creator: organization(data.registrant),
    temporalCoverage: period(data),
    isBasedOn: filing(data),
    variableMeasured: [...downloadColumns],
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: at.csv },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: at.json },
    ],
  };
}

/** A year's report page: the transcribed Form SD and Conflict Minerals Report, and its table as a dataset. */
export function reportJsonLd(data: ReportData, rows: number, at: ReportAddresses): JsonLd {
  const dataset = { '@id': `${at.page}#smelter-data`, ...reportDataset(data, rows, at) };
  return { '@context': 'https://schema.org', '@graph': [{ ...reportItem(data, at), hasPart: { '@id': dataset['@id'] } }, dataset] };
}

function reportItem(data: ReportData, at: ReportAddresses): JsonLd {
  return {
    '@type': 'Report',
    name: data.title,
    url: at.page,
    inLanguage: 'en',
    publisher: organization(data.registrant),
    about: ['Conflict minerals', 'SEC Form SD', 'Smelters and refiners of tin, tantalum, tungsten and gold'],
    temporalCoverage: period(data),
    isBasedOn: filing(data),
  };
}

/** The all-years download: every year's table in one file. */
export function allYearsDatasetJsonLd(years: readonly { data: ReportData; rows: number }[], at: { page: string; csv: string; json: string }): JsonLd {
  const registrants = [...new Set(years.map((year) => year.data.registrant))];
  const first = years[0];
  const last = years.at(-1);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'Smelters and refiners listed in the Conflict Minerals Reports, all years',
    description: `Every row of the smelter and refiner tables of the Conflict Minerals Reports for ${years.map((year) => year.data.year).join(', ')} (${years.reduce((sum, year) => sum + year.rows, 0)} rows) in one file.`,
    url: at.page,
    creator: registrants.map(organization),
    ...(first && last && { temporalCoverage: `${isoDay(first.data.reportingPeriod.start)}/${isoDay(last.data.reportingPeriod.end)}` }),
    isBasedOn: years.map((year) => filing(year.data)),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: at.csv },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: at.json },
    ],
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`. `<`, `>` and `&` are written as
 * \u escapes (still the same JSON) so no text in the data can close the script element or
 * open a comment; U+2028/U+2029 likewise, for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
