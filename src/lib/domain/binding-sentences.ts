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
 * A sentence with a binding phrase is nevertheless **set aside** (not counted, listed as borderline)
 * when
 * 4. its binding phrases are all {@link bindingRule.legalConstructions} ("neither party shall be
 *    considered the agent…", "Nothing … shall be construed as…"): it says how the code is to be read,
 *    not what anyone is to do; or
 * 5. its subject is the **company** that issues the code, not the partner: its main clause (the
 *    sentence, or what follows an opening phrase ending in a comma) begins with the issuer's name
 *    (as the front matter names it, or its first word: "Juniper Networks" → "Juniper"), possibly
 *    possessive, or with one of {@link bindingRule.companyWords} ("We", "Our"), and the next word is
 *    not an addressee ("Infinera Partners must…" binds partners). "Infinera only supports … and will
 *    not do business with those who abuse such systems" is the company's own commitment. It is counted
 *    after all when it also binds the partner: an addressee right before a binding phrase
 *    ("Infinera …, and Partner shall…").
 *
 * A sentence that opens with "This" and one of {@link bindingRule.scopeVerbs} ("This includes
 * transporting…", "This applies regardless of whether…", "This means treating…") says how far the
 * sentence before it reaches:
 * 6. right after a binding sentence of the same paragraph or list item it is counted **with** that
 *    sentence, as its continuation (shown after it, under the same address);
 * 7. otherwise, and when "This" names a thing ("This information includes…", which may point past
 *    the sentence before to an earlier one), it is not counted and is listed as borderline.
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
  legalConstructions: ['shall be considered', 'shall be construed', 'shall be deemed', 'shall be interpreted', 'shall be regarded', 'shall not be considered', 'shall not be construed', 'shall not be deemed', 'shall not be interpreted', 'shall not be regarded'],
  companyWords: ['we', 'our'],
  scopeVerbs: ['includes', 'include', 'applies', 'apply', 'means', 'mean'],
} as const;

/** Why a sentence is binding: the phrase in it, or the lead-in it completes. */
export type BindingReason = { phrase: string } | { leadIn: string };

/** Why a sentence with a binding phrase is not counted (rules 4 and 5). */
export type SetAsideReason = 'legal-interpretation' | 'company';

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
  /** It has a binding phrase (`phrase`) but is not counted, and why (rules 4 and 5). */
  setAside?: { because: SetAsideReason; phrase: string };
  /** It extends the binding sentence right before it ("This includes…") and is counted with it (rule 6). */
  continues?: boolean;
  /** It says how far an earlier sentence reaches ("This information includes…") but is not counted (rule 7). */
  scope?: boolean;
}

/** Who issues the code, as the rule looks for it at the start of a sentence (rule 5). */
export interface Issuer {
  /** The issuer as the policy's front matter names it ("Juniper Networks"). */
  name: string;
}

// Whole words only: no letter or digit right before or after.
const wordStart = '(?<![\\p{L}\\p{N}])';
const wordEnd = '(?![\\p{L}\\p{N}])';
const alternation = (words: readonly string[]) => words.map((word) => word.replace(/ /g, '\\s+')).join('|');
const wordPattern = (words: readonly string[], flags = 'iu') => new RegExp(`${wordStart}(${alternation(words)})${wordEnd}`, flags);
/** An addressee, an adverb perhaps, then one of `words`: "Partner shall", "You will immediately". */
const addresseeThen = (words: readonly string[]) => new RegExp(`${wordStart}(?:${alternation(bindingRule.addressees)})(?:\\s+\\p{L}+ly)?\\s+(?:${alternation(words)})${wordEnd}`, 'iu');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const phrasePattern = wordPattern(bindingRule.phrases);
const addresseeWill = addresseeThen(['will']);
const addresseeBound = addresseeThen([...bindingRule.phrases, 'will']);
const optionalPattern = wordPattern(bindingRule.optional);
const softPattern = wordPattern(bindingRule.softWords);
const legalPattern = wordPattern(bindingRule.legalConstructions, 'giu');
const continuationPattern = new RegExp(`^This\\s+(?:${alternation(bindingRule.scopeVerbs)})${wordEnd}`, 'u');
const scopePattern = new RegExp(`^(?:This|These)\\s+(?:\\p{L}+\\s+)?(?:${alternation(bindingRule.scopeVerbs)})${wordEnd}`, 'u');

/** The phrase that makes a sentence binding on its own (rules 1 and 2), if any. */
export function bindingPhrase(sentence: string): string | undefined {
  const phrase = phrasePattern.exec(sentence)?.[1];
  if (phrase) return phrase.toLowerCase().replace(/\s+/g, ' ');
  return addresseeWill.test(sentence) ? 'will' : undefined;
}

/** Whether every binding phrase of a sentence is a legal construction ("shall be construed as…", rule 4). */
export function onlyLegalConstructions(sentence: string): boolean {
  return sentence.search(legalPattern) >= 0 && bindingPhrase(sentence.replace(legalPattern, '…')) === undefined;
}

/** The words that name the issuing company at the start of a sentence: its name, its name's first word, "we", "our". */
export function companyNames(issuer: Issuer): string[] {
  const first = issuer.name.split(/\s+/)[0] ?? issuer.name;
  return [...new Set([issuer.name, first, ...bindingRule.companyWords])];
}

/**
 * Whether a sentence's subject is the issuing company rather than the partner (rule 5): its main
 * clause begins with the company's name (possibly possessive), "We" or "Our", not followed by an
 * addressee; and no addressee stands right before a binding phrase.
 */
export function aboutCompany(sentence: string, issuer: Issuer): boolean {
  const names = companyNames(issuer).sort((a, b) => b.length - a.length).map(escape).join('|');
  const opensWithCompany = new RegExp(`^(?:${names})(?:['’]s)?${wordEnd}(?!\\s+(?:${alternation(bindingRule.addressees)})${wordEnd})`, 'iu');
  const comma = sentence.indexOf(', ');
  const mainClauses = comma > 0 ? [sentence, sentence.slice(comma + 2)] : [sentence];
  return mainClauses.some((clause) => opensWithCompany.test(clause)) && !addresseeBound.test(sentence);
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
 * Judges every sentence of a clause's own text (or of a code's opening). `issuer` is the company
 * that issues the code (rule 5); `inherited` is the lead-in of the clause it is nested under
 * (closingLeadIn of the parent), which its sentences complete.
 */
export function judgeClause(markdown: string, issuer: Issuer, inherited?: string): JudgedSentence[] {
  const judged: JudgedSentence[] = [];
  let leadIn = inherited;
  for (const block of textBlocks(markdown)) {
    // A lead-in reaches the list items right after it; a paragraph ends its reach.
    if (block.kind === 'paragraph') leadIn = inherited;
    const sentences = splitSentences(block.text);
    let previous: JudgedSentence | undefined;
    sentences.forEach((text, index) => {
      const closesParagraph = block.kind === 'paragraph' && index === sentences.length - 1;
      const sentence: JudgedSentence = closesParagraph && isLeadIn(text) ? { text, leadIn: true } : judgeSentence(text, { issuer, ...(leadIn ? { leadIn } : {}), ...(previous ? { previous } : {}) });
      if (sentence.leadIn) leadIn = text;
      judged.push(sentence);
      previous = sentence;
    });
  }
  return judged;
}

/** One sentence by rules 1–7; `previous` is the sentence before it in the same paragraph or list item. */
function judgeSentence(text: string, context: { issuer: Issuer; leadIn?: string; previous?: JudgedSentence }): JudgedSentence {
  const soft = softWord(text);
  const judged: JudgedSentence = { text, ...(soft ? { soft } : {}) };
  const phrase = bindingPhrase(text);
  if (phrase) {
    if (onlyLegalConstructions(text)) judged.setAside = { because: 'legal-interpretation', phrase };
    else if (aboutCompany(text, context.issuer)) judged.setAside = { because: 'company', phrase };
    else judged.binding = { phrase };
  } else if (context.leadIn && !optionalPattern.test(text)) judged.binding = { leadIn: context.leadIn };
  else if (continuationPattern.test(text) && context.previous?.binding) judged.continues = true;
  else if (scopePattern.test(text)) judged.scope = true;
  return judged;
}
