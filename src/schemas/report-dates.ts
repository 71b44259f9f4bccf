/** The dates of a report, as the report schema has parsed them. */
interface ReportDates {
  year: number;
  reportingPeriod: { start: Date; end: Date };
  signature?: { date: Date } | undefined;
  marker: { asOf: Date };
}

interface DateProblem {
  path: PropertyKey[];
  message: string;
  params: { fix: string };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Dates that cannot be true of a filed Form SD: a year that has not ended, a reporting period
 * that ends before it starts or lies outside the report's year, a signature before the period
 * ends, a date in the future. `today` is passed in so the rules can be tested on any day.
 */
export function dateProblems(report: ReportDates, today: Date): DateProblem[] {
  const problems: DateProblem[] = [];
  const { year, reportingPeriod: period } = report;
  const calendarYear = `a Form SD covers one calendar year: write start: ${year}-01-01 and end: ${year}-12-31`;
  if (year >= today.getUTCFullYear()) {
    problems.push({ path: ['year'], message: `${year} has not ended yet, so no report for it can have been filed`, params: { fix: 'write the calendar year the filing covers (a report for a year is filed after that year ends)' } });
  }
  if (period.end < period.start) {
    problems.push({ path: ['reportingPeriod', 'end'], message: `the reporting period ends (${day(period.end)}) before it starts (${day(period.start)})`, params: { fix: `swap the two dates, or correct them: ${calendarYear}` } });
  }
  const outside = (['start', 'end'] as const).find((edge) => period[edge].getUTCFullYear() !== year);
  if (outside) {
    problems.push({ path: ['reportingPeriod', outside], message: `the reporting period ${day(period.start)} to ${day(period.end)} is not the year ${year} this report says it covers`, params: { fix: `make the year and the reporting period agree: ${calendarYear}` } });
  }
  const signed = report.signature?.date;
  if (signed && signed > today) {
    problems.push({ path: ['signature', 'date'], message: `${day(signed)} is in the future`, params: { fix: 'write the date printed in the signature block of the filing' } });
  } else if (signed && signed <= period.end) {
    problems.push({ path: ['signature', 'date'], message: `the report is signed on ${day(signed)}, before its reporting period ends on ${day(period.end)}`, params: { fix: 'write the date printed in the signature block; a Form SD is signed after the year it covers has ended' } });
  }
  if (report.marker.asOf > today) {
    problems.push({ path: ['marker', 'asOf'], message: `${day(report.marker.asOf)} is in the future`, params: { fix: 'write the date the filing gives for the marker ("as of …")' } });
  }
  return problems;
}
