/** Dates on the site are calendar dates, shown in UTC so the build's time zone never shifts them. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** `2014-05-20`, for `<time datetime>` and file names. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "1 facility" / "3 facilities". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** “A” and “B”: printed names as the filings print them. */
export function quoteNames(names: readonly string[]): string {
  return names.map((name) => `“${name}”`).join(' and ');
}
