import { describe, expect, it } from 'vitest';
import { findUnsafeContent } from '../src/lib/content/unsafe-content.ts';

/** `line: message` of each problem found in an MDX body that starts on line 1. */
const found = (body: string, file = 'content/policies/code.mdx') => findUnsafeContent(file, body).map((problem) => `${problem.line}: ${problem.message}`);

describe('content that could run code', () => {
  it.each([
    ['a script block', 'Text.\n\n<script>\nalert(1)\n</script>\n', ['3: the text contains a <script> tag, which runs code in the reader’s browser']],
    ['an inline script', 'Text <script>alert(1)</script>.\n', ['1: the text contains a <script> tag, which runs code in the reader’s browser']],
    ['an iframe', '<iframe src="https://example.com/"></iframe>\n', ['1: the text contains an <iframe> tag, which loads another page into this one']],
    ['an object', '<object data="/file.pdf" />\n', ['1: the text contains an <object> tag, which embeds a plugin or another page']],
    ['an embed', 'See <embed src="/file.swf" />.\n', ['1: the text contains an <embed> tag, which embeds a plugin or another page']],
    ['an onerror attribute', '<img src="/x.png" onerror="alert(1)" />\n', ['1: the <img> tag has an event-handler attribute "onerror", which runs code']],
    ['a JSX onClick handler', '<div onClick={() => alert(1)}>x</div>\n', ['1: the <div> tag has an event-handler attribute "onClick", which runs code']],
    ['a handler on a component', '\n<SmelterTable onLoad="alert(1)" />\n', ['2: the <SmelterTable> tag has an event-handler attribute "onLoad", which runs code']],
    ['a javascript: Markdown link', 'Read [this](javascript:alert(1)).\n', ['1: the address "javascript:alert(1)" starts with javascript:, which runs code when clicked']],
    ['a JAVASCRIPT: link in capitals with a tab', 'Read [this](<JAVA\tSCRIPT:alert(1)>).\n', ['1: the address "JAVA\tSCRIPT:alert(1)" starts with javascript:, which runs code when clicked']],
    ['a javascript: link written with a character reference', 'Read [this](&#106;avascript:alert(1)).\n', ['1: the address "javascript:alert(1)" starts with javascript:, which runs code when clicked']],
    ['a vbscript: link', 'Read [this](vbscript:msgbox).\n', ['1: the address "vbscript:msgbox" starts with vbscript:, which runs code when clicked']],
    ['a data: image', '![chart](data:image/svg+xml;base64,PHN2Zz4=)\n', ['1: the address "data:image/svg+xml;base64,PHN2Zz4=" starts with data:, which hides a whole file or page inside the link']],
    ['a javascript: reference definition', 'Read [this][x].\n\n[x]: javascript:alert(1)\n', ['3: the address "javascript:alert(1)" starts with javascript:, which runs code when clicked']],
    ['a javascript: href attribute', '<a href="javascript:alert(1)">x</a>\n', ['1: the address "javascript:alert(1)" starts with javascript:, which runs code when clicked']],
    ['an href expression', '<a href={"javascript:" + "alert(1)"}>x</a>\n', ['1: the <a> tag has a {…} code expression as its "href" value']],
    ['a spread of attributes', '<a {...{ href: "javascript:alert(1)" }}>x</a>\n', ['1: the <a> tag has a {…} code expression']],
    ['a text expression', 'Total: {globalThis.process.exit(1)}\n', ['1: the text contains a {…} code expression']],
    ['an import line', 'import Evil from "../evil.astro";\n\n<Evil />\n', ['1: the text contains an import or export line, which runs code when the site is built']],
    ['a long address, shortened', `[x](data:text/html,${'a'.repeat(80)})\n`, [`1: the address "data:text/html,${'a'.repeat(42)}…" starts with data:, which hides a whole file or page inside the link`]],
    ['raw HTML in a Markdown file', 'Text.\n\n<p>\n<img src=x onerror=alert(1)>\n<a href="&#x6A;avascript:1">x</a>\n</p>\n', ['4: the <img> tag has an event-handler attribute "onerror", which runs code', '5: the address "javascript:1" starts with javascript:, which runs code when clicked'], 'content/news/item.md'],
  ])('refuses %s', (_, body, expected, file?: string) => {
    expect(found(body, file)).toEqual(expected);
  });

  it.each([
    ['code shown in backticks', 'Write `<script>alert(1)</script>` or `onerror=` or `javascript:` as text.\n'],
    ['a fenced code block', '```html\n<script>alert(1)</script>\n<a href="javascript:1" onclick="x">\n```\n'],
    ['web, mail, phone, site and fragment links', '[a](https://www.sec.gov/) [b](http://example.com/) [c](mailto:x@example.com) [d](tel:+15555550100) [e](/reports/2014/) [f](#scope) [g](../x/)\n'],
    ['the site’s components and plain tags', '<SmelterTable />\n\n<CountriesOfOrigin />\n\nAn <u>underlined</u> word and <abbr title="Conflict Minerals Report">CMR</abbr>.\n'],
    ['words that merely look like schemes', 'Data: 2014 figures. JavaScript: not used. <abbr title="data: collected">d</abbr>\n'],
    ['an MDX comment', 'Text {/* transcriber’s note: page 3 is blank */} more.\n'],
  ])('accepts %s', (_, body) => {
    expect(found(body)).toEqual([]);
  });

  it('counts lines from where the body starts in the file', () => {
    expect(findUnsafeContent('content/policies/code.mdx', '\n\n<script>x</script>\n', 6).map((problem) => problem.line)).toEqual([8]);
  });

  it('reports text that is not valid MDX at its line instead of failing', () => {
    expect(found('Fine.\n\nSee <https://example.com>.\n')).toEqual(['3: the text cannot be read as MDX (Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`))']);
  });
});
