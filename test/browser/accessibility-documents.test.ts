import { describe, expect, it } from 'vitest';
import { builtSample } from '../site/built-site.ts';
import { checkEachPage, isDocumentPage } from './axe.ts';
import { useSiteInBrowser } from './browser.ts';

const env = useSiteInBrowser();

// The documents of the sample of each kind of page (test/support/page-sample.ts): reports,
// policies, comparisons, news items and the checklist, the longest pages, in a file of their own so
// they run beside the rest of the sample (accessibility.test.ts).
const documents = builtSample().filter(isDocumentPage);

describe('accessibility (axe, WCAG 2.2 A and AA) of every kind of document', () => {
  it('has a document of each kind in the sample', () => {
    expect(new Set(documents.map((path) => path.split('/')[1]))).toEqual(new Set(['reports', 'policies', 'compare', 'news', 'checklist']));
  });
  checkEachPage(env, documents);
});
