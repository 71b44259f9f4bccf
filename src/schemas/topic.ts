import { z } from 'zod';
import { slugId, uniqueBy } from './common.ts';

/** A subject partners look up (e.g. bribery and gifts); clauses of the codes are tagged with topics. */
export const topicSchema = z.object({
  /** Stable id used in URLs and in policies' `clauses[].topics`. */
  id: slugId,
  /** Short label shown to readers. */
  label: z.string().min(1),
  /** One sentence, in the site's own words, on what the topic covers. */
  description: z.string().min(1),
});

export type Topic = z.infer<typeof topicSchema>;

/** All of `content/topics.yaml`: each id once, since a repeated id would silently replace the first topic. */
export const topicListSchema = uniqueBy(topicSchema, 'id', 'id');
