import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { getCollection } from 'astro:content';
import { baseLinks } from '../lib/markdown-plugins.ts';
import { requirementsByTopic, type TopicRequirements } from '../lib/requirements.ts';

export type RenderedTopic = TopicRequirements & { html: Map<string, string> };

/**
 * Topics with what each policy requires on them (partner codes first), each clause's text
 * rendered to HTML (keyed `policyId#clauseId`) with the same punctuation-preserving Markdown as the policy pages.
 */
export async function loadRequirements(): Promise<RenderedTopic[]> {
  const [topics, policies] = await Promise.all([getCollection('topics'), getCollection('policies')]);
  // Partner codes first: they are what the page sets side by side.
  const rank = (kind: string) => (kind === 'partner-code' ? 0 : 1);
  const ordered = policies.sort((a, b) => rank(a.data.kind) - rank(b.data.kind) || a.data.title.localeCompare(b.data.title));
  const markdown = await createSatteriMarkdownProcessor({ features: { smartPunctuation: false }, hastPlugins: [baseLinks(import.meta.env.BASE_URL)] });
  const requirements = requirementsByTopic(
    topics.map((topic) => topic.data),
    ordered.map((policy) => ({ id: policy.id, data: policy.data, body: policy.body ?? '' })),
  );
  return Promise.all(
    requirements.map(async (entry) => {
      const html = new Map<string, string>();
      for (const policy of entry.policies) {
        for (const clause of policy.clauses) html.set(`${policy.policyId}#${clause.id}`, (await markdown.render(clause.markdown)).code);
      }
      return { ...entry, html };
    }),
  );
}
