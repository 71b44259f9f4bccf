import { describe, expect, it } from 'vitest';
import { checkCsvFile } from '../src/lib/content/csv-file-checks.ts';
import { facilityIdFor } from '../src/lib/domain/smelter-names.ts';
import { describeGarbledText, findHiddenCharacters, repairMojibake } from '../src/schemas/text-hygiene.ts';
import { publishedDate } from '../src/schemas/common.ts';
import { dateProblems } from '../src/schemas/report-dates.ts';
import { today } from '../src/schemas/today.ts';

describe('findHiddenCharacters', () => {
  it.each([
    ['zero-width space', 'Alpha\u200bCo', 'U+200B zero-width space', 6],
    ['zero-width joiner', 'Al\u200dpha', 'U+200D zero-width joiner', 3],
    ['byte order mark inside the text', 'Alpha \ufeffCo', 'U+FEFF byte order mark (zero-width no-break space)', 7],
    ['soft hyphen', 'Smel\u00adting', 'U+00AD soft hyphen', 5],
    ['right-to-left override', '\u202eahplA', 'U+202E right-to-left override', 1],
    ['left-to-right isolate', 'A\u2066B', 'U+2066 left-to-right isolate', 2],
    ['pop directional formatting', 'AB\u202c', 'U+202C pop directional formatting', 3],
    ['a control character', 'A\u0007B', 'U+0007 control character', 2],
  ])('finds a %s and its position', (_label, text, label, position) => {
    expect(findHiddenCharacters(text)).toEqual([expect.objectContaining({ label, position })]);
  });

  it.each(['Met-Mex Peñoles, S.A.', 'Cendres + Métaux SA', 'Ulba Metallurgical Plant JSC', 'Tab\tand line\r\nbreak'])('finds nothing in %s', (text) => {
    expect(findHiddenCharacters(text)).toEqual([]);
  });
});

describe('repairMojibake', () => {
  it.each([
    ['MineraÃ§Ã£o', 'Mineração'],
    ['MinerÃ\u00ada', 'Minería'],
    ['Cendres + MÃ©taux', 'Cendres + Métaux'],
    ['â€œQuotedâ€\u009d', '“Quoted”'],
  ])('recognises %s as a garbled %s', (garbled, meant) => {
    expect(repairMojibake(garbled)).toBe(meant);
    expect(describeGarbledText(garbled)).toContain(`how "${meant}" looks`);
  });

  it.each(['Peñoles', 'Métaux', 'São Paulo', 'Ã', 'Plain ASCII'])('leaves the real name %s alone', (name) => {
    expect(repairMojibake(name)).toBeUndefined();
    expect(describeGarbledText(name)).toBeUndefined();
  });
});

describe('checkCsvFile', () => {
  const decoded = (bytes: Buffer) => new TextDecoder().decode(bytes);
  it.each([
    ['UTF-16 LE with BOM', decoded(Buffer.from('\ufeffmetal,facility,marker\n', 'utf16le')), 'UTF-16'],
    ['UTF-16 BE with BOM', decoded(Buffer.from([0xfe, 0xff, 0, 0x6d, 0, 0x65])), 'UTF-16'],
    ['UTF-16 without BOM', decoded(Buffer.from('metal,facility\n', 'utf16le')), 'UTF-16'],
    ['Windows-1252', decoded(Buffer.from('metal,facility,marker\nGold,Minera\xe7\xe3o,no\n', 'latin1')), 'letters in “Minera??o” cannot be read'],
    ['semicolons', 'metal;facility;marker\n', 'separated by semicolons (;)'],
    ['tabs after a comment line', '# exported\nmetal\tfacility\tmarker\n', 'separated by tabs'],
  ])('names %s', (_label, text, expected) => {
    const problem = checkCsvFile(text, 'a.csv');
    expect(problem?.message).toContain(expected);
    expect(`${problem?.message}${problem?.fix}`).not.toMatch(/[\u0000\ufffd]/);
    expect(problem?.fix).toContain('File → Save As → CSV UTF-8');
  });

  it('accepts a comma-separated UTF-8 file, semicolons inside names included', () => {
    expect(checkCsvFile('metal,facility,marker\nGold,"A; B",no\n', 'a.csv')).toBeUndefined();
  });
});

describe('facilityIdFor', () => {
  it('keeps short ids exactly the name (existing URLs never change) and hashes only cut ones', () => {
    expect(facilityIdFor('Gold', 'Alpha Refinery Co., Ltd.')).toBe('gold-alpha-refinery-co-ltd');
    const long = 'Northern Province Precious Metals Refining and Assaying Company of the Eastern Highlands';
    const [one, two] = [facilityIdFor('Gold', `${long} Plant One`), facilityIdFor('Gold', `${long} Plant Two`)];
    expect(one).not.toBe(two);
    for (const id of [one, two]) expect(id).toMatch(/^gold-northern-province-[a-z0-9-]+-[0-9a-f]{8}$/);
    expect(one.length).toBeLessThanOrEqual(90);
    expect(facilityIdFor('Gold', `${long} Plant One`)).toBe(one);
  });
});

describe('dateProblems', () => {
  const today = new Date('2026-06-01T00:00:00Z');
  const date = (text: string) => new Date(`${text}T00:00:00Z`);
  const report = (changes: object = {}) => ({ year: 2024, reportingPeriod: { start: date('2024-01-01'), end: date('2024-12-31') }, signature: { date: date('2025-05-30') }, marker: { asOf: date('2025-05-01') }, ...changes });
  const messages = (changes?: object) => dateProblems(report(changes), today).map((problem) => `${problem.path.join('.')}: ${problem.message}`);

  it.each([
    ['a year that has not ended', { year: 2026, reportingPeriod: { start: date('2026-01-01'), end: date('2026-12-31') }, signature: undefined }, 'year: 2026 has not ended yet, so no report for it can have been filed'],
    ['a period that ends before it starts', { reportingPeriod: { start: date('2024-12-31'), end: date('2024-01-01') } }, 'reportingPeriod.end: the reporting period ends (2024-01-01) before it starts (2024-12-31)'],
    ['a period in another year', { reportingPeriod: { start: date('2023-01-01'), end: date('2023-12-31') } }, 'reportingPeriod.start: the reporting period 2023-01-01 to 2023-12-31 is not the year 2024 this report says it covers'],
    ['a signature in the future', { signature: { date: date('2099-05-31') } }, 'signature.date: 2099-05-31 is in the future'],
    ['a signature before the period ends', { signature: { date: date('2024-06-30') } }, 'signature.date: the report is signed on 2024-06-30, before its reporting period ends on 2024-12-31'],
    ['a marker date in the future', { marker: { asOf: date('2027-01-01') } }, 'marker.asOf: 2027-01-01 is in the future'],
  ])('refuses %s', (_label, changes, message) => {
    expect(messages(changes)).toEqual([message]);
  });

  it('accepts a report filed after its calendar year, and one without a signature', () => {
    expect(messages()).toEqual([]);
    expect(messages({ signature: undefined })).toEqual([]);
  });
});

describe('today (the day the content checks compare dates with)', () => {
  const withToday = (value: string | undefined, run: () => void) => {
    const saved = process.env.CONTENT_TODAY;
    if (value === undefined) delete process.env.CONTENT_TODAY;
    else process.env.CONTENT_TODAY = value;
    try {
      run();
    } finally {
      if (saved === undefined) delete process.env.CONTENT_TODAY;
      else process.env.CONTENT_TODAY = saved;
    }
  };

  it('is the real day unless CONTENT_TODAY says otherwise', () => {
    withToday(undefined, () => expect(Math.abs(today().getTime() - Date.now())).toBeLessThan(60_000));
    withToday('2041-01-01', () => expect(today().toISOString()).toBe('2041-01-01T00:00:00.000Z'));
  });

  it('lets the bench publish years that have not happened yet, and only then', () => {
    const future = '2040-05-28';
    withToday(undefined, () => expect(publishedDate.safeParse(future).success).toBe(false));
    withToday('2041-01-01', () => expect(publishedDate.safeParse(future).success).toBe(true));
  });

  it('refuses a CONTENT_TODAY that is not a date', () => {
    withToday('next year', () => expect(() => today()).toThrow('CONTENT_TODAY must be a date written as YYYY-MM-DD (found "next year")'));
  });
});
