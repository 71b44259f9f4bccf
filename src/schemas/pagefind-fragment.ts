import { z } from 'zod';

/**
 * A page as Pagefind writes it in its fragment files (`fragment/<hash>.pf_fragment`, gzip of
 * "pagefind_dcd" then this JSON): the fields the build reads to write the site's own search
 * files. Pagefind does not document this format, so the build checks every fragment against it
 * and stops when a Pagefind upgrade changes it (docs/pagefind.md).
 */
export const pagefindFragmentSchema = z.object({
  /** The page's address from the site's root ("/reports/2014/"). */
  url: z.string().startsWith('/'),
  /** The page's indexed text, words separated by whitespace; word positions index these words. */
  content: z.string(),
  /** How many words `content` has: Pagefind's positions run from 0 to this. */
  word_count: z.number().int().nonnegative(),
  /** The page's metadata (title, and the site's kind, year, issuer). */
  meta: z.record(z.string(), z.string()),
  /** Elements with an id, each at the position of its first word (headings start sections). */
  anchors: z.array(z.object({ element: z.string(), id: z.string(), text: z.string(), location: z.number().int().nonnegative() })),
});

export type PagefindFragment = z.infer<typeof pagefindFragmentSchema>;
