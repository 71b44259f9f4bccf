/**
 * Filings print the same facility with different case, punctuation, accents and legal-form
 * spellings ("Co., Ltd." / "Co. Ltd", "Cendres & Metaux" / "Cendres + Métaux"). `normalizeName`
 * folds that noise away so such names compare equal; renames are the registry's job (aliases).
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[&+]/g, ' and ')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean)
    .map((word) => LEGAL_FORMS[word] ?? word)
    .join(' ');
}

const LEGAL_FORMS: Record<string, string> = {
  company: 'co',
  limited: 'ltd',
  corporation: 'corp',
  incorporated: 'inc',
};

/**
 * Whether two normalised names look like the same facility written differently: nearly the same
 * letters (a typo, an OCR slip) or one name being the other plus extra words ("Chugai Mining" /
 * "Chugai Mining Co Ltd"). Used only to stop the build and ask a person, never to merge.
 */
export function namesResemble(a: string, b: string): boolean {
  if (a === b) return true;
  if (similarity(a, b) >= 0.8) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const shortWords = shorter.split(' ');
  const longWords = new Set(longer.split(' '));
  return shortWords.length >= 2 && shortWords.every((word) => longWords.has(word));
}

/** 1 − (Levenshtein distance / length of the longer string). */
function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Longest facility id; ids are URL path segments and file names. */
const MAX_ID_LENGTH = 90;

/**
 * A URL-safe id for a facility that is not in the registry yet, e.g. `tin-pt-timah-persero-tbk`:
 * the metal and the normalised name. Ids within the length limit are the name itself, so they
 * never change; a longer name is cut and given a hash of the whole name, so two long names that
 * differ only after the cut still get different ids.
 */
export function facilityIdFor(metal: string, name: string): string {
  const normalized = normalizeName(name);
  const id = `${metal.toLowerCase()}-${normalized.replace(/ /g, '-')}`;
  if (id.length <= MAX_ID_LENGTH) return id;
  return `${id.slice(0, MAX_ID_LENGTH - 9).replace(/-+$/, '')}-${fnv1a(normalized)}`;
}

/** 32-bit FNV-1a hash as 8 hex digits: short, stable across runs and platforms. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
