import { getCollection } from 'astro:content';
import { termMatchers, type TermMatcher } from '../lib/domain/glossary.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { once } from './once.ts';

/** The glossary's terms, in the file's order (from the content loaders; none when there is no glossary). */
export const loadGlossary = once(async (): Promise<GlossaryTerm[]> => (await getCollection('glossary')).map((entry) => entry.data));

/** Matchers that find the glossary's terms in text, for linking them (built once per build). */
export const loadGlossaryMatchers = once(async (): Promise<TermMatcher[]> => termMatchers(await loadGlossary()));
