/**
 * The day the content checks take as today, for refusing dates "in the future": the real day,
 * unless CONTENT_TODAY=YYYY-MM-DD is set. `npm run bench` sets it to build its synthetic archive
 * of years that have not happened yet; nothing else should.
 */
export function today(): Date {
  const fixed = process.env.CONTENT_TODAY;
  if (fixed === undefined || fixed === '') return new Date();
  const date = new Date(`${fixed}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`CONTENT_TODAY must be a date written as YYYY-MM-DD (found "${fixed}")`);
  return date;
}
