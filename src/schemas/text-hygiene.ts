/**
 * Text that looks right but is not: characters nobody can see (copied from PDFs and web pages),
 * characters that reverse how text is displayed, and names garbled by a wrong encoding. Each would
 * publish a name that differs from what the editor sees, or a second copy of a facility, so the
 * parsers refuse them and say exactly which character is where.
 */

/** Characters that take no space or change how the text around them is displayed, with their names. */
const HIDDEN_CHARACTERS: Readonly<Record<number, { name: string; kind: 'invisible' | 'direction' }>> = {
  0x00ad: { name: 'soft hyphen', kind: 'invisible' },
  0x034f: { name: 'combining grapheme joiner', kind: 'invisible' },
  0x061c: { name: 'Arabic letter mark', kind: 'direction' },
  0x180e: { name: 'Mongolian vowel separator', kind: 'invisible' },
  0x200b: { name: 'zero-width space', kind: 'invisible' },
  0x200c: { name: 'zero-width non-joiner', kind: 'invisible' },
  0x200d: { name: 'zero-width joiner', kind: 'invisible' },
  0x200e: { name: 'left-to-right mark', kind: 'direction' },
  0x200f: { name: 'right-to-left mark', kind: 'direction' },
  0x202a: { name: 'left-to-right embedding', kind: 'direction' },
  0x202b: { name: 'right-to-left embedding', kind: 'direction' },
  0x202c: { name: 'pop directional formatting', kind: 'direction' },
  0x202d: { name: 'left-to-right override', kind: 'direction' },
  0x202e: { name: 'right-to-left override', kind: 'direction' },
  0x2060: { name: 'word joiner', kind: 'invisible' },
  0x2061: { name: 'invisible function application', kind: 'invisible' },
  0x2062: { name: 'invisible times', kind: 'invisible' },
  0x2063: { name: 'invisible separator', kind: 'invisible' },
  0x2064: { name: 'invisible plus', kind: 'invisible' },
  0x2066: { name: 'left-to-right isolate', kind: 'direction' },
  0x2067: { name: 'right-to-left isolate', kind: 'direction' },
  0x2068: { name: 'first strong isolate', kind: 'direction' },
  0x2069: { name: 'pop directional isolate', kind: 'direction' },
  0xfeff: { name: 'byte order mark (zero-width no-break space)', kind: 'invisible' },
  0xfffd: { name: 'replacement character, left where a letter could not be read', kind: 'invisible' },
};

/** One character that should not be in a printed name, and where it is. */
export interface HiddenCharacter {
  /** e.g. `U+200B zero-width space`. */
  label: string;
  kind: 'invisible' | 'direction' | 'control';
  /** 1-based position of the character in the text. */
  position: number;
}

/** The hidden, direction-changing and control characters in `text` (tabs and line breaks allowed). */
export function findHiddenCharacters(text: string): HiddenCharacter[] {
  const found: HiddenCharacter[] = [];
  let position = 0;
  for (const character of text) {
    position++;
    const code = character.codePointAt(0) ?? 0;
    const known = HIDDEN_CHARACTERS[code];
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (known) found.push({ label: `${hex} ${known.name}`, kind: known.kind, position });
    else if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)) found.push({ label: `${hex} control character`, kind: 'control', position });
  }
  return found;
}

/** Shows `text` with each hidden character written out as `[U+200B]`, so a message can point at it. */
export function revealHidden(text: string): string {
  const hidden = new Set(findHiddenCharacters(text).map((character) => character.position));
  return [...text].map((character, index) => (hidden.has(index + 1) ? `[U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]` : character)).join('');
}

/** The first hidden character of `text`, described for a comms person; undefined when there is none. */
export function describeHiddenCharacter(text: string): string | undefined {
  const [first, ...others] = findHiddenCharacters(text);
  if (!first) return undefined;
  const effect = first.kind === 'direction' ? 'a direction-changing character, which makes the text display in a different order than it is stored' : 'an invisible character';
  const more = others.length === 0 ? '' : ` (and ${others.length} more)`;
  return `"${revealHidden(text)}" contains ${effect}: ${first.label} at character ${first.position}${more}`;
}

/** Windows-1252's letters in 0x80–0x9F, by the byte that encodes them. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * When `text` is UTF-8 that was read as Windows-1252 or Latin-1 and saved again ("MineraÃ§Ã£o"),
 * returns the text it was meant to be ("Mineração"); otherwise undefined. Re-encoding a genuine
 * Latin name (e.g. "Peñoles") never yields valid UTF-8, so real names are not mistaken for garbled ones.
 */
export function repairMojibake(text: string): string | undefined {
  if (!/[\u0080-\u00ff]/.test(text)) return undefined;
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const high = CP1252_HIGH.indexOf(character);
    if (code <= 0xff) bytes.push(code);
    else if (high >= 0) bytes.push(0x80 + high);
    else return undefined;
  }
  try {
    const repaired = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    return repaired !== text ? repaired : undefined;
  } catch {
    return undefined;
  }
}

/** Why a printed name is garbled (hidden characters or a wrong encoding), or undefined when it is clean. */
export function describeGarbledText(text: string): string | undefined {
  const repaired = repairMojibake(text);
  if (repaired !== undefined) return `"${revealHidden(text)}" is garbled: it is how "${repaired}" looks after a file was opened with the wrong character set`;
  return describeHiddenCharacter(text);
}

/** The fix for a garbled printed name, matching `describeGarbledText`. */
export function garbledTextFix(text: string): string {
  const repaired = repairMojibake(text);
  if (repaired !== undefined) return `write "${repaired}" instead (in Excel: File → Save As → CSV UTF-8 keeps accented letters intact)`;
  const [first] = findHiddenCharacters(text);
  if (first?.label.startsWith('U+FFFD')) return 'type the letter that was lost again, and save files as UTF-8 (in Excel: File → Save As → CSV UTF-8)';
  return 'retype the text, or delete the character (it is invisible in most editors; it usually comes from copying out of a PDF or a web page)';
}

/**
 * Where a file read as UTF-8 holds U+FFFD replacement characters: it was saved in another
 * encoding (Windows-1252, Latin-1, Mac Roman) and its accented letters are lost. Such text must
 * never be published. Returns the first such line and the word there, with `?` for lost letters.
 */
export function findUnreadableText(text: string): { line: number; excerpt: string } | undefined {
  const index = text.indexOf('\uFFFD');
  if (index < 0) return undefined;
  const line = text.slice(0, index).split('\n').length;
  const start = Math.max(text.lastIndexOf(' ', index - 1), text.lastIndexOf('\n', index - 1)) + 1;
  const ends = [' ', '\n'].map((stop) => text.indexOf(stop, index)).filter((end) => end >= 0);
  const excerpt = text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length).replace(/\uFFFD/g, '?').trim();
  return { line, excerpt };
}

/** The message and fix for text that was not saved as UTF-8 (see `findUnreadableText`). */
export function unreadableTextProblem(excerpt: string): { message: string; fix: string } {
  return {
    message: `the file is not saved as UTF-8: letters in “${excerpt}” cannot be read`,
    fix: 'open the file in your editor, retype the letters shown as ?, and save it with the encoding UTF-8',
  };
}
