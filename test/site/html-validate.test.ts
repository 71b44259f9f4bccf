// Every built page passes html-validate's recommended rules (valid HTML, accessibility and
// good-practice rules), apart from the few below, each switched off or relaxed for a reason.
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles, page } from './built-site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Titles are the documents' own titles (and facility names as printed) followed by the site
    // name; some are longer than 70 characters. A long title is still a descriptive title
    // (WCAG 2.4.2); the rule is a search-result length heuristic, and shortening would misquote.
    'long-title': 'off',
    // The Markdown processor writes void elements as `<br/>`; both that and `<br>` are valid
    // HTML, so this rule only prescribes a style the site does not choose.
    'void-style': 'off',
    // HTML allows any id without spaces. Clause ids are the source's numbered headings slugged
    // (`1-financial-integrity-and-accounting`), published and linked, so they may start with a digit.
    'valid-id': ['error', { relaxed: true }],
    // A group of checkboxes sharing a name (the search page's filters: kind=Policy&kind=Report) is
    // how HTML sends several values of one field; the rule shares names only for radios and buttons by default.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

describe('html-validate', () => {
  it.each(htmlFiles())('%s has no errors', async (file) => {
    const report = await validator.validateString(page(`/${file}`), file);
    const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`));
    expect(messages).toEqual([]);
  });
});
