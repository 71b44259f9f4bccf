import { describe, expect, it } from 'vitest';
import { facilityIdFor, namesResemble, normalizeName } from '../src/lib/domain/smelter-names.ts';

describe('normalizeName', () => {
  it.each([
    ['Co., Ltd. vs Co. Ltd', 'Asaka Riken Co., Ltd.', 'Asaka Riken Co Ltd'],
    ['case', 'SAMWON METALS Corp.', 'Samwon Metals Corp.'],
    ['accents and & vs +', 'Cendres & Metaux SA', 'Cendres + Métaux SA'],
    ['dotted abbreviations', 'Chimet SpA', 'Chimet S.p.A.'],
    ['hyphen spacing', 'Allgemeine Gold- und Silberscheideanstalt A.G.', 'Allgemeine Gold-und Silberscheideanstalt A.G.'],
    ['legal forms spelled out', 'Jiangxi Copper Company Limited', 'Jiangxi Copper Co. Ltd'],
    ['comma before Tbk', 'PT Timah (Persero), Tbk', 'PT Timah (Persero) Tbk'],
  ])('treats %s as the same name', (_label, a, b) => {
    expect(normalizeName(a)).toBe(normalizeName(b));
  });

  it.each([
    ['different legal entities', 'H.C. Starck Co., Ltd.', 'H.C. Starck Ltd.'],
    ['different sites', 'Plansee SE Liezen', 'Plansee SE Reutte'],
  ])('keeps %s apart', (_label, a, b) => {
    expect(normalizeName(a)).not.toBe(normalizeName(b));
  });
});

describe('namesResemble', () => {
  it.each([
    ['a one-letter misspelling', 'Duoloshan', 'Duoluoshan', true],
    ['an OCR slip', 'JSC Uraelectromed', 'JSC Uralelectromed', true],
    ['a short form inside the long one', 'Chugai Mining', 'Chugai Mining Co Ltd', true],
    ['unrelated names', 'Torecom', 'Valcambi SA', false],
    ['a single shared word', 'Plansee', 'Telex', false],
  ])('%s → %s', (_label, a, b, expected) => {
    expect(namesResemble(normalizeName(a), normalizeName(b))).toBe(expected);
  });
});

describe('facilityIdFor', () => {
  it('makes a URL-safe id from metal and name', () => {
    expect(facilityIdFor('Tin', 'PT Timah (Persero) Tbk')).toBe('tin-pt-timah-persero-tbk');
    expect(facilityIdFor('Gold', 'Met-Mex Peñoles, S.A.')).toBe('gold-met-mex-penoles-sa');
  });
});
