import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { getCollection } from 'astro:content';
import { baseLinks } from '../lib/presentation/markdown-plugins.ts';
import { buildChecklist, type Checklist } from '../lib/domain/checklist.ts';
import { requirementsByTopic, type PolicyForTopics, type TopicRequirements } from '../lib/domain/requirements.ts';
import type { Topic } from '../schemas/topic.ts';
import { once } from './once.ts';

export type RenderedTopic = TopicRequirements & { html: Map<string, string> };

/** The topics, and the policies as the topic views read them, partner codes first (read once per build). */
export const loadTopicSources = once(async (): Promise<{ topics: Topic[]; policies: PolicyForTopics[] }> => {
  const [topics, policies] = await Promise.all([getCollection('topics'), getCollection('policies')]);
  // Partner codes first: they are what the pages set side by side.
  const rank = (kind: string) => (kind === 'partner-code' ? 0 : 1);
  const ordered = policies.sort((a, b) => rank(a.data.kind) - rank(b.data.kind) || a.data.title.localeCompare(b.data.title));
  return {
    topics: topics.map((topic) => topic.data),
    policies: ordered.map((policy) => ({ id: policy.id, data: policy.data, body: policy.body ?? '', headings: policy.data.headings })),
  };
});

/** Topics with what each policy requires on them, partner codes first (computed once per build). */
export const loadRequirements = once(async (): Promise<TopicRequirements[]> => {
  const { topics, policies } = await loadTopicSources();
  return requirementsByTopic(topics, policies);
});

/** The partner's checklist (/checklist/): each code's binding sentences, topic by topic (computed once per build). */
export const loadChecklist = once(async (): Promise<Checklist> => {
  const { topics, policies } = await loadTopicSources();
  // Topics in the order of their labels, as /topics/ lists them; the page and its download share it.
  return buildChecklist([...topics].sort((a, b) => a.label.localeCompare(b.label)), policies);
});

/**
 * The same, with each clause's text rendered to HTML (keyed `policyId#clauseId`) by the same
 * punctuation-preserving Markdown as the policy pages. A clause on several topics is rendered once.
 */
export const loadRenderedRequirements = once(async (): Promise<RenderedTopic[]> => {
  const markdown = await createSatteriMarkdownProcessor({ features: { smartPunctuation: false }, hastPlugins: [baseLinks(import.meta.env.BASE_URL)] });
  const rendered = new Map<string, string>();
  const requirements = await loadRequirements();
  for (const entry of requirements) {
    for (const policy of entry.policies) {
      for (const clause of policy.clauses) {
        const key = `${policy.policyId}#${clause.id}`;
        if (!rendered.has(key)) rendered.set(key, (await markdown.render(clause.markdown)).code);
      }
    }
  }
  return requirements.map((entry) => ({ ...entry, html: rendered }));
});
