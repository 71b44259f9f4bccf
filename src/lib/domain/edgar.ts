import type { ReportData } from '../../schemas/report.ts';

const EDGAR = 'https://www.sec.gov/cgi-bin/browse-edgar';

/** The registrant's Form SD filings on EDGAR, newest first. */
export function formSdFilingList(cik: string): string {
  return `${EDGAR}?action=getcompany&CIK=${cik}&type=SD&dateb=&owner=include&count=40`;
}

/** EDGAR's company search for a name, for a report whose filer's CIK is not recorded. */
export function companySearch(name: string): string {
  return `${EDGAR}?company=${encodeURIComponent(name)}&type=SD&owner=include&action=getcompany`;
}

/** A link to the original of one document of a filing, or to where it can be found. */
export interface OriginalLink {
  /** "Form SD" or "Conflict Minerals Report (Exhibit 1.01)". */
  document: string;
  href: string;
  /** True when `href` is the document itself; false when it is a list or search to find it in. */
  exact: boolean;
}

/**
 * Where a report's Form SD and its Conflict Minerals Report are on EDGAR: the documents when their
 * addresses are recorded, else the registrant's list of Form SD filings (or, with no CIK, a
 * company search) — never a guessed address.
 */
export function originalLinks(data: Pick<ReportData, 'filing' | 'registrant' | 'exhibit'>): OriginalLink[] {
  const fallback = data.filing ? formSdFilingList(data.filing.cik) : companySearch(data.registrant);
  const link = (document: string, href: string | undefined): OriginalLink => ({ document, href: href ?? fallback, exact: href !== undefined });
  return [link('Form SD', data.filing?.formUrl), link(`Conflict Minerals Report (Exhibit ${data.exhibit})`, data.filing?.exhibitUrl)];
}
