import { getCollection } from 'astro:content';
import { requirementsByTopic } from '../lib/requirements.ts';

/** Topics with what each policy requires on them; partner codes first. */
export async function loadRequirements() {
  const [topics, policies] = await Promise.all([getCollection('topics'), getCollection('policies')]);
  const ordered = policies.sort((a, b) => a.data.kind.localeCompare(b.data.kind) || a.data.title.localeCompare(b.data.title));
  return requirementsByTopic(
    topics.map((topic) => topic.data),
    ordered.map((policy) => ({ id: policy.id, data: policy.data, body: policy.body ?? '' })),
  );
}
