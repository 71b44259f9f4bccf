import { namesResemble } from './smelter-names.ts';

/**
 * Finds the first of many normalised names that `namesResemble` a given name without comparing it
 * with every one of them: comparing each unregistered name with the whole registry grows with the
 * product of the two, which an archive of decades cannot afford. Candidates come from two indexes
 * that cannot miss a resembling name, and only candidates get the exact (Levenshtein) check, so
 * the answer is exactly the one a comparison with every name in order would give.
 *
 * - Letters (similarity ≥ 0.8, i.e. at most one edit per five letters of the longer name): two
 *   strings within d edits share at least max(length) − 1 − 2d letter pairs ("bigrams", counted
 *   with repeats), so at least ⌈0.6 × length − 1⌉ of the name's own pairs. Any set of
 *   (pairs − that + 1) of its pairs then holds a shared one; the rarest pairs are looked up
 *   ("prefix filtering"). Names too short for a positive bound fall back to names of a close length.
 * - Words (the shorter name's words, at least two, all inside the longer one): names that contain
 *   the given name's rarest word, and names whose own rarest word is among the given name's words.
 */
export class LookalikeIndex<T> {
  readonly #names: { name: string; value: T }[] = [];
  readonly #byBigram = new Map<string, number[]>();
  readonly #byWord = new Map<string, number[]>();
  readonly #byRarestWord = new Map<string, number[]>();
  readonly #byLength = new Map<number, number[]>();

  /** `names` in the order a full scan would visit them (the first resembling one wins). */
  constructor(names: Iterable<readonly [string, T]>) {
    for (const [name, value] of names) {
      const position = this.#names.push({ name, value }) - 1;
      for (const bigram of bigrams(name)) push(this.#byBigram, bigram, position);
      for (const word of new Set(name.split(' '))) push(this.#byWord, word, position);
      push(this.#byLength, name.length, position);
    }
    this.#names.forEach(({ name }, position) => {
      const words = name.split(' ');
      if (words.length < 2) return;
      push(this.#byRarestWord, this.#rarest(new Set(words), this.#byWord), position);
    });
  }

  /** The value of the first indexed name that resembles `name` (normalised), if any. */
  firstResembling(name: string): T | undefined {
    const candidates = new Set<number>();
    for (const position of this.#letterCandidates(name)) candidates.add(position);
    for (const position of this.#wordCandidates(name)) candidates.add(position);
    const ordered = [...candidates].sort((a, b) => a - b);
    for (const position of ordered) {
      const entry = this.#names[position];
      if (entry && namesResemble(entry.name, name)) return entry.value;
    }
    return undefined;
  }

  #letterCandidates(name: string): number[] {
    const own = bigrams(name);
    // ⌈0.6 × length − 1⌉ in whole numbers, so rounding cannot raise the bound.
    const shared = Math.ceil((3 * name.length - 5) / 5 - 1e-9);
    if (shared <= 0) {
      const found: number[] = [];
      for (let length = Math.floor(name.length * 0.8); length <= Math.ceil(name.length * 1.25); length++) found.push(...(this.#byLength.get(length) ?? []));
      return found;
    }
    const rarestFirst = [...own].sort((a, b) => (this.#byBigram.get(a)?.length ?? 0) - (this.#byBigram.get(b)?.length ?? 0));
    return rarestFirst.slice(0, own.size - shared + 1).flatMap((bigram) => this.#byBigram.get(bigram) ?? []);
  }

  #wordCandidates(name: string): number[] {
    const printed = name.split(' ');
    const words = new Set(printed);
    const found = [...words].flatMap((word) => this.#byRarestWord.get(word) ?? []);
    if (printed.length >= 2) found.push(...(this.#byWord.get(this.#rarest(words, this.#byWord)) ?? []));
    return found;
  }

  #rarest(words: Set<string>, index: Map<string, number[]>): string {
    let best = '';
    let bestCount = Infinity;
    for (const word of words) {
      const count = index.get(word)?.length ?? 0;
      if (count < bestCount) [best, bestCount] = [word, count];
    }
    return best;
  }
}

/** The name's letter pairs, each repeat numbered ("ab", "ab#2"), so shared pairs count repeats. */
function bigrams(name: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (let i = 0; i + 1 < name.length; i++) {
    const pair = name.slice(i, i + 2);
    const count = (seen.get(pair) ?? 0) + 1;
    seen.set(pair, count);
    result.add(count === 1 ? pair : `${pair}#${count}`);
  }
  return result;
}

function push<K>(index: Map<K, number[]>, key: K, position: number): void {
  const list = index.get(key);
  if (list) list.push(position);
  else index.set(key, [position]);
}
