import type { PolicyData } from '../../schemas/policy.ts';
import type { ReportData, StatedFigure } from '../../schemas/report.ts';

/** Reader-facing names for the enumerations in front matter. */
export const policyKindLabel: Record<PolicyData['kind'], string> = {
  'partner-code': 'Partner code of conduct',
  'conflict-minerals-policy': 'Conflict minerals policy',
};

export const conclusionLabel: Record<ReportData['conclusion']['status'], string> = {
  'drc-conflict-undeterminable': 'DRC conflict undeterminable',
  'drc-conflict-free': 'DRC conflict free',
  'not-drc-conflict-free': 'Not DRC conflict free',
  'not-required': 'No Conflict Minerals Report required',
};

export const cfsiLabel: Record<ReportData['cfsi']['status'], string> = {
  member: 'Member',
  'not-member': 'Not a member',
  'not-stated': 'Not stated in the filing',
};

export const markerStyleLabel: Record<ReportData['marker']['style'], string> = {
  italics: 'printed in italics',
  asterisk: 'marked with an asterisk (*)',
};

export const qualifierLabel: Record<string, string> = { exactly: '', approximately: 'approximately ', over: 'over ', under: 'under ' };

/** "approximately 75%", "over 60": a stated figure in the filing's own terms, or `missing` when not stated. */
export function formatStated(figure: StatedFigure | null | undefined, unit = '', missing = 'Not stated in the filing'): string {
  return figure ? `${qualifierLabel[figure.qualifier] ?? ''}${figure.value}${unit}` : missing;
}

// Legal-form words a company's name may end with ("Infinera Corporation", "Juniper Networks, Inc.").
const LEGAL_FORM = /(?:,?\s+(?:corporation|corp\.?|incorporated|inc\.?|ltd\.?|limited|llc|plc|co\.?|company))+$/i;

/**
 * A company as one search filter value: its name without the legal form, so the registrant of a
 * filing ("Infinera Corporation") and the issuer of a policy ("Infinera") are one company.
 */
export function companyName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return trimmed.replace(LEGAL_FORM, '') || trimmed;
}
