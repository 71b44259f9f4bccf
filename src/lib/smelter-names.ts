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

/** A URL-safe id for a facility that is not in the registry yet, e.g. `tin-pt-timah-persero-tbk`. */
export function facilityIdFor(metal: string, name: string): string {
  return `${metal.toLowerCase()}-${normalizeName(name).replace(/ /g, '-')}`.slice(0, 90).replace(/-+$/, '');
}
