import type { PolicyData } from '../../schemas/policy.ts';
import type { Topic } from '../../schemas/topic.ts';
import { splitClauses, type ClauseText } from './clauses.ts';
import type { Heading } from '../content/markdown-source.ts';

export interface PolicyForTopics {
  id: string;
  data: PolicyData;
  body: string;
  /** The body's headings, as the content loader read them. */
  headings: readonly Heading[];
}

/** What one policy says on one topic. */
export interface PolicyRequirements {
  policyId: string;
  kind: PolicyData['kind'];
  title: string;
  issuer: string;
  clauses: ClauseText[];
}

/** One topic with, per policy, the clauses tagged with it (policies with none are listed empty, so codes line up). */
export interface TopicRequirements {
  topic: Topic;
  policies: PolicyRequirements[];
  clauseCount: number;
}

/** Builds the "requirements by topic" view from the topics tagged on each policy's clauses. */
export function requirementsByTopic(topics: readonly Topic[], policies: readonly PolicyForTopics[]): TopicRequirements[] {
  const texts = new Map(policies.map((policy) => [policy.id, splitClauses(policy.body, policy.headings)]));
  return topics.map((topic) => {
    const perPolicy = policies.map((policy) => ({
      policyId: policy.id,
      kind: policy.data.kind,
      title: policy.data.title,
      issuer: policy.data.issuer,
      clauses: policy.data.clauses
        .filter((clause) => clause.topics.includes(topic.id))
        .map((clause) => texts.get(policy.id)?.get(clause.id))
        .filter((clause): clause is ClauseText => clause !== undefined),
    }));
    return { topic, policies: perPolicy, clauseCount: perPolicy.reduce((sum, policy) => sum + policy.clauses.length, 0) };
  });
}
