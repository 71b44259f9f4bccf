import type { PolicyData } from '../../schemas/policy.ts';
import type { Topic } from '../../schemas/topic.ts';
import { closingLeadIn, judgeClause, type BindingReason } from './binding-sentences.ts';
import { splitClauses, type ClauseText } from './clauses.ts';
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
  /** One cell per code, in the order of the codes. */
  cells: ChecklistCell[];
}

/** A sentence the rule's outcome may surprise a reader with, listed on the page with its clause. */
export interface BorderlineSentence {
  policyId: string;
  policyTitle: string;
  clause: ClauseRef;
  sentence: string;
  /** `soft`: has a soft word ("should", "expected"…) and is not counted; `lead-in`: counted only as completing a lead-in. */
  outcome: 'soft' | 'lead-in';
  /** The soft word, or the lead-in. */
  because: string;
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
 * The checklist: for every topic and every policy, the binding sentences (binding-sentences.ts) of
 * the policy's clauses tagged with the topic, in clause order. A sentence that occurs twice in one
 * cell (the same words in two clauses) is listed once per clause, the second address ending in -2.
 */
export function buildChecklist(topics: readonly Topic[], policies: readonly PolicyForTopics[]): Checklist {
  const judged = new Map<string, ReturnType<typeof judgeClause>>();
  for (const policy of policies) {
    const clauses = splitClauses(policy.body, policy.headings);
    // `children` lists every clause nested under one, so the last to list a clause (in document
    // order) is the nearest enclosing one: only its lead-in reaches the clause.
    const parentOf = new Map<string, ClauseText>();
    for (const clause of clauses.values()) for (const child of clause.children) parentOf.set(child.id, clause);
    for (const clause of clauses.values()) {
      const parent = parentOf.get(clause.id);
      judged.set(`${policy.id}#${clause.id}`, judgeClause(clause.markdown, parent ? closingLeadIn(parent.markdown) : undefined));
    }
  }
  const sentencesOf = (policyId: string, clauseId: string) => judged.get(`${policyId}#${clauseId}`) ?? [];

  const byTopic = requirementsByTopic(topics, policies);
  const checklistTopics = byTopic.map(({ topic, policies: perPolicy }): ChecklistTopic => ({
    topic,
    cells: perPolicy.map((policy): ChecklistCell => {
      const seen = new Map<string, number>();
      const requirements = policy.clauses.flatMap((clause) =>
        sentencesOf(policy.policyId, clause.id).flatMap((sentence): ChecklistRequirement[] => {
          if (!sentence.binding) return [];
          const base = requirementId(topic.id, policy.policyId, sentence.text);
          const count = (seen.get(base) ?? 0) + 1;
          seen.set(base, count);
          const leadIn = 'leadIn' in sentence.binding ? sentence.binding.leadIn : undefined;
          return [{ id: count === 1 ? base : `${base}-${count}`, sentence: sentence.text, ...(leadIn ? { leadIn } : {}), reason: sentence.binding, clause: { id: clause.id, title: clause.title } }];
        }),
      );
      return { policyId: policy.policyId, policyTitle: policy.title, kind: policy.kind, clauses: policy.clauses.map((clause) => ({ id: clause.id, title: clause.title })), requirements };
    }),
  }));

  // Borderline sentences once per clause, whatever number of topics the clause is tagged with.
  const borderline: BorderlineSentence[] = [];
  for (const policy of policies) {
    const clauses = splitClauses(policy.body, policy.headings);
    for (const tagged of policy.data.clauses) {
      const clause = clauses.get(tagged.id);
      if (!clause || tagged.topics.length === 0) continue;
      for (const sentence of sentencesOf(policy.id, clause.id)) {
        const base = { policyId: policy.id, policyTitle: policy.data.title, clause: { id: clause.id, title: clause.title }, sentence: sentence.text };
        if (!sentence.binding && sentence.soft) borderline.push({ ...base, outcome: 'soft', because: sentence.soft });
        else if (sentence.binding && 'leadIn' in sentence.binding) borderline.push({ ...base, outcome: 'lead-in', because: sentence.binding.leadIn });
      }
    }
  }
  return { codes: policies.map((policy) => ({ id: policy.id, title: policy.data.title, kind: policy.data.kind })), topics: checklistTopics, borderline };
}

/** How many requirements each code has on each topic, and in all. */
export function requirementCounts(checklist: Checklist): { topicId: string; label: string; counts: number[] }[] {
  return checklist.topics.map(({ topic, cells }) => ({ topicId: topic.id, label: topic.label, counts: cells.map((cell) => cell.requirements.length) }));
}
