import { defineMiddleware } from 'astro:middleware';
import { ContentError } from '../lib/content/content-problem.ts';

/** In `astro dev`: while content has problems, every page shows them (with the first one's lines of the file). */
export const onRequest = defineMiddleware(async (_context, next) => {
  // Imported on each request: Astro keeps the middleware between content changes, and a static
  // import would keep reading the content as it was when the middleware was first loaded.
  const { getEntry } = await import('astro:content');
  const problems = (await getEntry('contentProblems', 'all'))?.data.problems ?? [];
  const [first] = problems;
  if (!first) return next();
  // Astro's overlay shows the title, the message and, from `loc`, the lines of the file around the first problem.
  throw Object.assign(new ContentError(problems), { title: 'The content has a problem to fix', loc: { file: first.file, line: first.line ?? 1, column: 1 } });
});
