import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { glossaryLinks } from '../src/lib/presentation/markdown-plugins.ts';

const terms = [
  { id: 'rcoi', match: ['RCOI'] },
  { id: 'cmrt', match: ['CMRT'] },
  { id: 'form-sd', match: ['Form SD'] },
];
const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [glossaryLinks(() => terms)] })).html;

describe('glossaryLinks (Markdown pipeline)', () => {
  it('links the first use of each term in the text to its glossary entry, once per document', async () => {
    const html = await render('We did an RCOI with the CMRT.\n\nThe RCOI again.');
    expect(html).toContain('<a href="/glossary/#rcoi" class="glossary-term">RCOI</a>');
    expect(html).toContain('<a href="/glossary/#cmrt" class="glossary-term">CMRT</a>');
    expect(html.match(/glossary-term/g)).toHaveLength(2);
    expect(html).toContain('The RCOI again.');
  });

  it.each([
    ['a heading', '## RCOI\n\nThe RCOI.', '<h2>RCOI</h2>'],
    ['a link', '[the RCOI](/x/) and the RCOI.', '<a href="/x/">the RCOI</a>'],
    ['code', 'Run `RCOI` and then the RCOI.', '<code>RCOI</code>'],
    ['emphasis inside a link', '[**Form SD**](/y/) then Form SD.', '<a href="/y/"><strong>Form SD</strong></a>'],
  ])('does not link inside %s, and links the next use outside it', async (_, markdown, kept) => {
    const html = await render(markdown);
    expect(html).toContain(kept);
    expect(html.match(/class="glossary-term"/g)).toHaveLength(1);
  });

  it('links a term inside emphasis and keeps the rest of the text', async () => {
    expect((await render('The *Form SD is filed* yearly.')).trim()).toBe('<p>The <em><a href="/glossary/#form-sd" class="glossary-term">Form SD</a> is filed</em> yearly.</p>');
  });
});
