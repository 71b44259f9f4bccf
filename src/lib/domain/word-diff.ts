import { diffArrays } from 'diff';

/**
 * A run of text in a word-level difference, exactly as printed, spacing included: `same` in both
 * texts, `added` in the later only, `removed` in the earlier only. Reading the `same` and `removed`
 * runs in order gives back the earlier text character for character (with `fromText` where given),
 * and the `same` and `added` runs the later text.
 */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  /** The later text's characters (for `removed`, the earlier text's). */
  text: string;
  /** For a `same` run printed differently in the earlier text (spacing, quotation marks): the earlier text's characters. */
  fromText?: string;
}

export interface WordDiff {
  /** The difference, split into paragraphs (each ends with its paragraph break), each a list of runs. */
  paragraphs: DiffPart[][];
  wordsAdded: number;
  wordsRemoved: number;
  /** True when nothing but spacing and quotation marks differs. */
  identical: boolean;
}

/** A word, or one punctuation mark, with the spacing that follows it as printed. */
interface Token {
  text: string;
  /** What is compared: the word or mark, quotation marks folded, spacing left out. */
  key: string;
}

/**
 * Typographic and straight quotation marks are the same for comparing: transcriptions of different
 * years differ in them (“…” / "…") without the filing's wording differing.
 */
export function foldQuotes(text: string): string {
  return text.replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′]/g, "'");
}

/** Splits text into words and marks, each carrying the spacing after it; spacing before the first word is a token of its own. */
function tokenize(text: string): Token[] {
  return (text.match(/^\s+|[\p{L}\p{N}_]+\s*|[^\s\p{L}\p{N}_]\s*/gu) ?? []).map((piece) => ({ text: piece, key: foldQuotes(piece.trimEnd()) }));
}

const join = (tokens: readonly Token[]) => tokens.map((token) => token.text).join('');
const countWords = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;

type Hunk = { kind: 'same'; from: Token[]; to: Token[] } | { kind: 'change'; removed: Token[]; added: Token[] };

/** The difference as runs of tokens: common runs keep both texts' tokens, changes the removed and added ones. */
function hunksOf(before: readonly Token[], after: readonly Token[]): Hunk[] {
  const hunks: Hunk[] = [];
  let fromIndex = 0;
  let toIndex = 0;
  for (const change of diffArrays(before.map((token) => token.key), after.map((token) => token.key))) {
    const count = change.value.length;
    const last = hunks[hunks.length - 1];
    if (!change.added && !change.removed) {
      hunks.push({ kind: 'same', from: before.slice(fromIndex, fromIndex + count), to: after.slice(toIndex, toIndex + count) });
      fromIndex += count;
      toIndex += count;
      continue;
    }
    const hunk = last?.kind === 'change' ? last : { kind: 'change' as const, removed: [], added: [] };
    if (change.removed) {
      hunk.removed.push(...before.slice(fromIndex, fromIndex + count));
      fromIndex += count;
    } else {
      hunk.added.push(...after.slice(toIndex, toIndex + count));
      toIndex += count;
    }
    if (hunk !== last) hunks.push(hunk);
  }
  return hunks;
}

/**
 * Makes a word diff readable: a short unchanged run between two changes ("have", "the") is folded
 * into them, so a rewritten passage reads as one removal and one addition rather than as shreds.
 * The rule is diff-match-patch's semantic cleanup: fold an unchanged run no longer than the
 * longest change on each side of it.
 */
function cleanUp(input: Hunk[]): Hunk[] {
  let hunks = input;
  const size = (tokens: readonly Token[]) => join(tokens).trim().length;
  for (let index = 1; index < hunks.length - 1; index++) {
    const [before, same, after] = [hunks[index - 1], hunks[index], hunks[index + 1]];
    if (before?.kind !== 'change' || same?.kind !== 'same' || after?.kind !== 'change') continue;
    const length = size(same.to);
    if (length <= Math.max(size(before.removed), size(before.added)) && length <= Math.max(size(after.removed), size(after.added))) {
      const merged: Hunk = { kind: 'change', removed: [...before.removed, ...same.from, ...after.removed], added: [...before.added, ...same.to, ...after.added] };
      hunks = [...hunks.slice(0, index - 1), merged, ...hunks.slice(index + 2)];
      index = 0;
    }
  }
  return hunks;
}

/** A run of the difference, with whether a paragraph ends after it (a blank line in its spacing). */
type Piece = { part: DiffPart; endsParagraph: boolean };

const endsParagraph = (text: string) => /\n\s*\n/.test(text);
const spacing = (text: string) => /\s*$/.exec(text)?.[0] ?? '';

/**
 * One piece per token. A common word spaced on one side and not on the other ("services " /
 * "services." ) gives its spacing as a change of its own, so that each side, read with its own
 * changes, keeps its spacing: no words glued together, no space pushed before a mark.
 */
function piecesOf(hunk: Hunk): Piece[] {
  if (hunk.kind === 'change') {
    return [
      ...hunk.removed.map((token) => ({ part: { kind: 'removed' as const, text: token.text }, endsParagraph: endsParagraph(token.text) })),
      ...hunk.added.map((token) => ({ part: { kind: 'added' as const, text: token.text }, endsParagraph: endsParagraph(token.text) })),
    ];
  }
  return hunk.to.flatMap((to, index): Piece[] => {
    const from = hunk.from[index] ?? to;
    const [fromSpace, toSpace] = [spacing(from.text), spacing(to.text)];
    if ((fromSpace === '') === (toSpace === '')) return [{ part: { kind: 'same', text: to.text, fromText: from.text }, endsParagraph: endsParagraph(to.text) }];
    return [
      { part: { kind: 'same', text: to.text.trimEnd(), fromText: from.text.trimEnd() }, endsParagraph: false },
      fromSpace ? { part: { kind: 'removed', text: fromSpace }, endsParagraph: endsParagraph(fromSpace) } : { part: { kind: 'added', text: toSpace }, endsParagraph: endsParagraph(toSpace) },
    ];
  });
}

/** Joins consecutive pieces of one kind into runs, paragraph by paragraph; a common run keeps its earlier printing only where it differs. */
function paragraphsOf(pieces: readonly Piece[]): DiffPart[][] {
  const paragraphs: DiffPart[][] = [[]];
  for (const { part, endsParagraph: ends } of pieces) {
    const paragraph = paragraphs[paragraphs.length - 1] ?? [];
    const last = paragraph[paragraph.length - 1];
    if (last && last.kind === part.kind) {
      last.text += part.text;
      if (part.kind === 'same') last.fromText = (last.fromText ?? '') + (part.fromText ?? part.text);
    } else {
      paragraph.push({ ...part });
    }
    if (ends) paragraphs.push([]);
  }
  return paragraphs
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => paragraph.map(({ fromText, ...part }) => (fromText === undefined || fromText === part.text ? part : { ...part, fromText })));
}

/**
 * A readable word-level difference that keeps each text's own characters: the texts are cut into
 * words and marks carrying their spacing, compared with spacing left out and quotation marks
 * folded (the `diff` package's array diff), short unchanged runs between changes folded into them,
 * split into paragraphs at the later text's blank lines. The word counts are those of the plain
 * difference, before folding.
 */
export function wordDiff(before: string, after: string): WordDiff {
  const hunks = hunksOf(tokenize(before), tokenize(after));
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const hunk of hunks) {
    if (hunk.kind !== 'change') continue;
    wordsAdded += countWords(join(hunk.added));
    wordsRemoved += countWords(join(hunk.removed));
  }
  return { paragraphs: paragraphsOf(cleanUp(hunks).flatMap(piecesOf)), wordsAdded, wordsRemoved, identical: hunks.every((hunk) => hunk.kind === 'same') };
}
