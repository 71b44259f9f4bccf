import { z } from 'zod';

/**
 * One row of the checklist download (`/checklist/requirements.csv`): one binding sentence of a code
 * on a topic (or in a code's opening, which applies to every topic), as /checklist/ lists it. The
 * descriptions here generate the data package's Table Schema.
 */
export const checklistDownloadSchema = z.object({
  topic: z.string().min(1).describe('The topic, as /topics/ names it (content/topics.yaml), or “The whole code (its opening)” for a sentence of a code’s opening, which applies to every topic.'),
  code: z.string().min(1).describe('The code of conduct or policy the sentence is from.'),
  clause_id: z.string().min(1).describe('The clause’s id: its address on the policy’s page (/policies/<policy>/#<clause_id>); “opening” for a code’s opening, the text before its first clause.'),
  clause_title: z.string().min(1).describe('The clause’s heading as the code prints it; “Opening” for a code’s opening.'),
  sentence: z.string().min(1).describe('The binding sentence, word for word as the clause has it (src/lib/domain/binding-sentences.ts decides which sentences bind).'),
  continuation: z.string().min(1).optional().describe('The sentences right after it that say how far it reaches (“This includes…”), counted with it; empty otherwise.'),
  lead_in: z.string().min(1).optional().describe('The lead-in the sentence completes (“Partners must, without limitation”) when that is what binds it; empty otherwise.'),
  address: z.url().describe('The requirement’s address on /checklist/: <topic>-<code>-<key>, the key a hash of the sentence alone, so it stays while the sentence is unchanged.'),
});

export type ChecklistDownloadRow = z.input<typeof checklistDownloadSchema>;
/** The columns of the checklist download, in file order. */
export const checklistColumns = Object.keys(checklistDownloadSchema.shape) as (keyof ChecklistDownloadRow)[];
