import { parseGlossary, termMatchers, type TermMatcher } from '../lib/glossary.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';

// content/glossary.yaml is optional (no file: no glossary links); the build's content check has validated it.
const glossaryFiles = import.meta.glob<string>('/content/glossary.yaml', { query: '?raw', import: 'default', eager: true });

/** The glossary's terms, in the file's order. */
export function loadGlossary(): GlossaryTerm[] {
  return Object.values(glossaryFiles).flatMap((text) => parseGlossary(text).terms);
}

/** Matchers that find the glossary's terms in text, for linking them. */
export function loadGlossaryMatchers(): TermMatcher[] {
  return termMatchers(loadGlossary());
}
