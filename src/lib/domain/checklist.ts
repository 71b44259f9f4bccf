import type { PolicyData } from '../../schemas/policy.ts';
import type { Topic } from '../../schemas/topic.ts';
import { closingLeadIn, judgeClause, type BindingReason, type JudgedSentence } from './binding-sentences.ts';
import { openingId, openingText, splitClauses, type ClauseText } from './clauses.ts';
import { requirementsByTopic, type PolicyForTopics } from './requirements.ts';

/** A clause as the checklist links to it. */
export interface ClauseRef {
  id: string;
  title: string;
}

/** One binding sentence of a code on a topic: a line of the checklist. */
export interface ChecklistRequirement {
  /** Its address on the page: `<topic>-<code>-<key>` (requirementId). */
  id: string;
  /** The sentence as the clause words it. */
  sentence: string;
  /** The lead-in it completes ("Partners must, without limitation"), when that is what makes it binding. */
  leadIn?: string;
  reason: BindingReason;
  /** The sentences right after it that say how far it reaches ("This includes…"), counted with it. */
  continuation?: string[];
  clause: ClauseRef;
}

/** What one code requires on one topic. */
export interface ChecklistCell {
  policyId: string;
  policyTitle: string;
  kind: PolicyData['kind'];
  /** The code's clauses tagged with the topic (also when none of them has a binding sentence). */
  clauses: ClauseRef[];
  requirements: ChecklistRequirement[];
}

export interface ChecklistTopic {
  topic: Topic;
  /** The row of the codes' openings, which apply to every topic ({@link wholeCode}). */
  everyTopic: boolean;
  /** One cell per code, in the order of the codes. */
  cells: ChecklistCell[];
}

/**
 * How the rule (binding-sentences.ts) took a sentence a reader may not expect it to:
 * - `soft`: has a soft word ("should", "expected"…) and is not counted;
 * - `company`: has a binding phrase, but its subject is the issuing company, not the partner: not counted;
 * - `legal-interpretation`: binds only by "shall be considered/construed/deemed…": how to read the code, not an action; not counted;
 * - `scope`: says how far an earlier sentence reaches ("This information includes…"), not counted;
 * - `lead-in`: counted only as completing a lead-in;
 * - `continuation`: counted with the binding sentence before it ("This includes…").
 */
export type BorderlineOutcome = 'soft' | 'company' | 'legal-interpretation' | 'scope' | 'lead-in' | 'continuation';

/** A sentence the rule's outcome may surprise a reader with, listed on the page with its clause. */
export interface BorderlineSentence {
  policyId: string;
  policyTitle: string;
  clause: ClauseRef;
  sentence: string;
  outcome: BorderlineOutcome;
  /** The soft word, the binding phrase set aside, the lead-in, or the sentence continued; absent for `scope`. */
  because?: string;
}

export interface Checklist {
  codes: { id: string; title: string; kind: PolicyData['kind'] }[];
  topics: ChecklistTopic[];
  borderline: BorderlineSentence[];
}

/**
 * The sentence as its address's key sees it: Unicode compatibility forms, typographic quotes and
 * dashes folded, runs of spaces made one. Only a change of words, letters or punctuation gives
 * another key.
 */
export function normaliseSentence(sentence: string): string {
  return sentence
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A requirement's key: the 32-bit FNV-1a hash of the normalised sentence, in base 36 padded to seven
 * characters. It depends on the sentence alone, not on its position, so adding, removing or
 * rewording another sentence leaves every other address as it was.
 */
export function sentenceKey(sentence: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(normaliseSentence(sentence))) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** The address of a requirement within /checklist/: `<topic>-<code>-<key>`. */
export function requirementId(topicId: string, policyId: string, sentence: string): string {
  return `${topicId}-${policyId}-${sentenceKey(sentence)}`;
}

/** The id of a cell's heading (`<topic>-<code>`), which search results link to. */
export function cellId(topicId: string, policyId: string): string {
  return `${topicId}-${policyId}`;
}

/**
 * The row of the codes' openings. A code's opening (its text before the first heading) sets terms for
 * the whole code ("This Infinera Partner Code of Conduct is required to be applied by Infinera’s
 * Partners to their subcontractors"), so its binding sentences apply to every topic: they are listed
 * once, before the topics. Only a partner code's opening is the code's own text; the conflict minerals
 * page opens with this site's note about the page (its clauses quote the filings), so that cell is empty.
 */
export const wholeCode: Topic = { id: 'whole-code', label: 'The whole code (its opening)', description: 'Applies to every topic' };
const openingClause: ClauseRef = { id: openingId, title: 'Opening' };
const opensWithOwnText = (kind: PolicyData['kind']) => kind === 'partner-code';

/**
 * The checklist: first the codes' openings ({@link wholeCode}), then for every topic and every policy
 * the binding sentences (binding-sentences.ts) of the policy's clauses tagged with the topic, in
 * clause order. A sentence that occurs twice in one cell (the same words in two clauses) is listed
 * once per clause, the second address ending in -2.
 */
export function buildChecklist(topics: readonly Topic[], policies: readonly PolicyForTopics[]): Checklist {
  const judged = new Map<string, JudgedSentence[]>();
  const key = (policyId: string, clauseId: string) => `${policyId}#${clauseId}`;
  // The clauses each code's borderline sentences are drawn from: its opening, then its tagged clauses.
  const judgedClauses = new Map<string, ClauseRef[]>();
  for (const policy of policies) {
    const issuer = { name: policy.data.issuer };
    const opening = opensWithOwnText(policy.data.kind) ? openingText(policy.body, policy.headings) : '';
    if (opening) judged.set(key(policy.id, openingId), judgeClause(opening, issuer));
    const clauses = splitClauses(policy.body, policy.headings);
    // `children` lists every clause nested under one, so the last to list a clause (in document
    // order) is the nearest enclosing one: only its lead-in reaches the clause.
    const parentOf = new Map<string, ClauseText>();
    for (const clause of clauses.values()) for (const child of clause.children) parentOf.set(child.id, clause);
    for (const clause of clauses.values()) {
      const parent = parentOf.get(clause.id);
      judged.set(key(policy.id, clause.id), judgeClause(clause.markdown, issuer, parent ? closingLeadIn(parent.markdown) : undefined));
    }
    const tagged = policy.data.clauses.flatMap((entry) => {
      const clause = clauses.get(entry.id);
      return clause && entry.topics.length > 0 ? [{ id: clause.id, title: clause.title }] : [];
    });
    judgedClauses.set(policy.id, [...(opening ? [openingClause] : []), ...tagged]);
  }
  const sentencesOf = (policyId: string, clauseId: string) => judged.get(key(policyId, clauseId)) ?? [];

  const cell = (topicId: string, policy: { policyId: string; title: string; kind: PolicyData['kind'] }, clauses: readonly ClauseRef[]): ChecklistCell => {
    const seen = new Map<string, number>();
    const requirements: ChecklistRequirement[] = [];
    for (const clause of clauses) {
      for (const sentence of sentencesOf(policy.policyId, clause.id)) {
        // A continuation follows a binding sentence of the same clause: the requirement just listed.
        const last = requirements.at(-1);
        if (sentence.continues && last) last.continuation = [...(last.continuation ?? []), sentence.text];
        if (!sentence.binding) continue;
        const base = requirementId(topicId, policy.policyId, sentence.text);
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        const leadIn = 'leadIn' in sentence.binding ? sentence.binding.leadIn : undefined;
        requirements.push({ id: count === 1 ? base : `${base}-${count}`, sentence: sentence.text, ...(leadIn ? { leadIn } : {}), reason: sentence.binding, clause: { id: clause.id, title: clause.title } });
      }
    }
    return { policyId: policy.policyId, policyTitle: policy.title, kind: policy.kind, clauses: clauses.map((clause) => ({ id: clause.id, title: clause.title })), requirements };
  };

  const openings: ChecklistTopic = {
    topic: wholeCode,
    everyTopic: true,
    cells: policies.map((policy) => cell(wholeCode.id, { policyId: policy.id, title: policy.data.title, kind: policy.data.kind }, judged.has(key(policy.id, openingId)) ? [openingClause] : [])),
  };
  const byTopic = requirementsByTopic(topics, policies).map(({ topic, policies: perPolicy }): ChecklistTopic => ({
    topic,
    everyTopic: false,
    cells: perPolicy.map((policy) => cell(topic.id, policy, policy.clauses)),
  }));

  // Borderline sentences once per clause, whatever number of topics the clause is tagged with.
  const borderline: BorderlineSentence[] = [];
  for (const policy of policies) {
    for (const clause of judgedClauses.get(policy.id) ?? []) {
      let lastBinding = '';
      for (const sentence of sentencesOf(policy.id, clause.id)) {
        const base = { policyId: policy.id, policyTitle: policy.data.title, clause, sentence: sentence.text };
        const taken = borderlineOutcome(sentence, lastBinding);
        if (taken) borderline.push({ ...base, ...taken });
        if (sentence.binding) lastBinding = sentence.text;
      }
    }
  }
  return { codes: policies.map((policy) => ({ id: policy.id, title: policy.data.title, kind: policy.data.kind })), topics: [openings, ...byTopic], borderline };
}

/** Whether, and how, a judged sentence is borderline; `lastBinding` is the binding sentence before it in its clause. */
function borderlineOutcome(sentence: JudgedSentence, lastBinding: string): Pick<BorderlineSentence, 'outcome' | 'because'> | undefined {
  if (sentence.setAside) return { outcome: sentence.setAside.because, because: sentence.setAside.phrase };
  if (sentence.continues) return { outcome: 'continuation', because: lastBinding };
  if (sentence.binding && 'leadIn' in sentence.binding) return { outcome: 'lead-in', because: sentence.binding.leadIn };
  if (sentence.binding || sentence.leadIn) return undefined;
  if (sentence.scope) return { outcome: 'scope' };
  return sentence.soft ? { outcome: 'soft', because: sentence.soft } : undefined;
}

/** How many requirements each code has on each topic, and in all. */
export function requirementCounts(checklist: Checklist): { topicId: string; label: string; counts: number[] }[] {
  return checklist.topics.map(({ topic, cells }) => ({ topicId: topic.id, label: topic.label, counts: cells.map((cell) => cell.requirements.length) }));
}
