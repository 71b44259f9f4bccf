import { getCollection } from 'astro:content';
import { termMatchers, type TermMatcher } from '../lib/glossary.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';

/** The glossary's terms (content/glossary.yaml, read and validated with all content), in the file's order. */
export async function loadGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((entry) => entry.data);
}

/** Matchers that find the glossary's terms in text, for linking them. */
export async function loadGlossaryMatchers(): Promise<TermMatcher[]> {
  return termMatchers(await loadGlossary());
}
