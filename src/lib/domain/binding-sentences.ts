import { plainText } from '../content/markdown-source.ts';

/**
 * Which sentences of a code count as binding: the one rule the checklist (/checklist/) applies,
 * with its word lists as data, so the rule can be read, tested and changed in one place.
 *
 * A sentence is **binding** when
 * 1. it contains one of {@link bindingRule.phrases} as whole words ("must", "shall", "are required
 *    to", "will not", "prohibited"…), case-insensitively; or
 * 2. it contains "will" right after one of {@link bindingRule.addressees} ("Partner will maintain…",
 *    "You will immediately report…"): a promise made in the reader's name. "Will" elsewhere ("reports
 *    … will be kept confidential", "we will maintain records") describes, it does not bind; or
 * 3. it completes a **lead-in**: a sentence ending in "must" or "shall" (optionally ", without
 *    limitation", optionally ":"), such as "Partners must, without limitation" before a list. The
 *    list items after a lead-in, and the clauses nested under a clause whose text ends with a lead-in,
 *    are what the reader must do ("Provide adequate and regular training…"). Such a sentence is not
 *    counted when it contains one of {@link bindingRule.optional} ("Partners may come into
 *    possession…"), which says it is no duty. A lead-in itself is not a requirement: it is shown with
 *    the sentences it introduces.
 *
 * Every other sentence is not binding. Those among them with one of {@link bindingRule.softWords}
 * ("should", "expected", "encouraged"…) are the borderline cases the checklist page lists, so a
 * reader can see what was left out and why.
 */
export const bindingRule = {
  phrases: ['must', 'shall', 'is required to', 'are required to', 'will not', 'may not', 'cannot', 'can not', 'are to', 'is to', 'not permitted', 'not permissible', 'prohibit', 'prohibits', 'prohibited', 'is your responsibility', 'are responsible for'],
  addressees: ['partner', 'partners', 'you'],
  optional: ['may', 'can'],
  softWords: ['should', 'expect', 'expects', 'expected', 'encourage', 'encourages', 'encouraged', 'endeavor', 'endeavour', 'ask', 'asked', 'recommend', 'recommends', 'recommended'],
  leadInEnding: /\b(?:must|shall)(?:,? without limitation)?:?$/i,
} as const;

/** Why a sentence is binding: the phrase in it, or the lead-in it completes. */
export type BindingReason = { phrase: string } | { leadIn: string };

/** A sentence of a clause as the rule judged it. */
export interface JudgedSentence {
  /** The sentence as written (Markdown emphasis and link syntax removed, words and punctuation kept). */
  text: string;
  /** Why it is binding; absent when it is not. */
  binding?: BindingReason;
  /** A soft word it contains ("should", "expected"…), which makes a sentence that is not binding borderline. */
  soft?: string;
  /** It is a lead-in (shown with the sentences it introduces, not as a requirement of its own). */
  leadIn?: boolean;
}

const wordPattern = (words: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(${words.map((word) => word.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const phrasePattern = wordPattern(bindingRule.phrases);
const addresseeWill = new RegExp(`(?<![\\p{L}\\p{N}])(?:${bindingRule.addressees.join('|')})(?:\\s+\\p{L}+ly)?\\s+will(?![\\p{L}\\p{N}])`, 'iu');
const optionalPattern = wordPattern(bindingRule.optional);
const softPattern = wordPattern(bindingRule.softWords);

/** The phrase that makes a sentence binding on its own (rules 1 and 2), if any. */
export function bindingPhrase(sentence: string): string | undefined {
  const phrase = phrasePattern.exec(sentence)?.[1];
  if (phrase) return phrase.toLowerCase().replace(/\s+/g, ' ');
  return addresseeWill.test(sentence) ? 'will' : undefined;
}

/** The soft word in a sentence, if any. */
export function softWord(sentence: string): string | undefined {
  return softPattern.exec(sentence)?.[1]?.toLowerCase();
}

export function isLeadIn(sentence: string): boolean {
  return bindingRule.leadInEnding.test(sentence.trim());
}

/** Abbreviations after which a full stop does not end a sentence ("U.S. Federal Procurement…"). */
const abbreviations = ['U.S.', 'U.K.', 'i.e.', 'e.g.', 'etc.', 'Inc.', 'No.', 'B.V.'];

/** Cuts plain text into sentences: after ".", "!" or "?" (and any closing quote or bracket) followed by a space and a capital, a quote or a bracket. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?][”"’)]*\s+(?=[\p{Lu}“"(])/gu)) {
    const end = match.index + match[0].trimEnd().length;
    const before = text.slice(start, end);
    if (abbreviations.some((abbreviation) => before.endsWith(abbreviation))) continue;
    sentences.push(before.trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** A paragraph or list item of a clause, as plain text. */
export interface TextBlock {
  kind: 'paragraph' | 'item';
  text: string;
}

/**
 * A clause's Markdown as paragraphs and list items. Quotation marks (`> `) are dropped (the
 * conflict minerals page quotes the filings); a line starting with "—" is a quotation's
 * attribution, not text of the document, and is left out.
 */
export function textBlocks(markdown: string): TextBlock[] {
  const blocks: { kind: TextBlock['kind']; lines: string[] }[] = [];
  let current: (typeof blocks)[number] | undefined;
  for (const raw of markdown.split('\n')) {
    const line = raw.replace(/^\s*>\s?/, '');
    if (!line.trim() || line.trim().startsWith('—')) {
      current = undefined;
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) blocks.push((current = { kind: 'item', lines: [item[1] ?? ''] }));
    else if (current) current.lines.push(line.trim());
    else blocks.push((current = { kind: 'paragraph', lines: [line.trim()] }));
  }
  return blocks.map((block) => ({ kind: block.kind, text: plainText(block.lines.join(' ')).replace(/\s+/g, ' ').trim() }));
}

/** The lead-in a clause's own text ends with, which the clauses nested under it complete. */
export function closingLeadIn(markdown: string): string | undefined {
  const last = textBlocks(markdown).at(-1);
  const sentence = last?.kind === 'paragraph' ? splitSentences(last.text).at(-1) : undefined;
  return sentence && isLeadIn(sentence) ? sentence : undefined;
}

/**
 * Judges every sentence of a clause's own text. `inherited` is the lead-in of the clause it is
 * nested under (closingLeadIn of the parent), which its sentences complete.
 */
export function judgeClause(markdown: string, inherited?: string): JudgedSentence[] {
  const judged: JudgedSentence[] = [];
  let leadIn = inherited;
  for (const block of textBlocks(markdown)) {
    // A lead-in reaches the list items right after it; a paragraph ends its reach.
    if (block.kind === 'paragraph') leadIn = inherited;
    const sentences = splitSentences(block.text);
    sentences.forEach((text, index) => {
      const soft = softWord(text);
      const closesParagraph = block.kind === 'paragraph' && index === sentences.length - 1;
      if (closesParagraph && isLeadIn(text)) {
        judged.push({ text, leadIn: true });
        leadIn = text;
        return;
      }
      const phrase = bindingPhrase(text);
      const binding: BindingReason | undefined = phrase ? { phrase } : leadIn && !optionalPattern.test(text) ? { leadIn } : undefined;
      judged.push({ text, ...(binding ? { binding } : {}), ...(soft ? { soft } : {}) });
    });
  }
  return judged;
}
