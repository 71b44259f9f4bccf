import { describe, expect, it } from 'vitest';
import { metaPolicy, replaceMetaPolicy } from '../src/integrations/security-headers.ts';
import { astroCsp, formatPolicy, headersFile, inlineCode, narrowPolicyToPage, parsePolicy, unitePolicies } from '../src/lib/presentation/security-policy.ts';

describe('the security policy', () => {
  it('allows no inline script or eval of strings, only WebAssembly compilation for Pagefind', () => {
    const { scriptDirective, styleDirective, directives } = astroCsp();
    expect(scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(styleDirective.resources).toEqual(["'self'"]);
    for (const required of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "worker-src 'self'"]) expect(directives).toContain(required);
    expect(directives.join(';')).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
  });

  it.each([
    ["default-src 'self'; script-src 'self' 'sha256-a='", [['default-src', ["'self'"]], ['script-src', ["'self'", "'sha256-a='"]]]],
    ["default-src 'self';img-src 'self'; ", [['default-src', ["'self'"]], ['img-src', ["'self'"]]]],
    ["Object-Src   'none'", [['object-src', ["'none'"]]]],
  ] as const)('parses %j', (text, entries) => {
    expect([...parsePolicy(text)]).toEqual(entries);
  });

  it('formats a policy back to text', () => {
    expect(formatPolicy(parsePolicy("default-src 'self';script-src 'self' 'sha256-a='"))).toBe("default-src 'self'; script-src 'self' 'sha256-a='");
  });

  it('unites pages that differ only in hashes, keeping each source once', () => {
    const united = unitePolicies([parsePolicy("script-src 'self' 'sha256-a='; object-src 'none'"), parsePolicy("script-src 'self' 'sha256-b='; object-src 'none'")]);
    expect(formatPolicy(united)).toBe("script-src 'self' 'sha256-a=' 'sha256-b='; object-src 'none'");
  });

  it('refuses to unite pages with different directives, and no pages at all', () => {
    expect(() => unitePolicies([parsePolicy("script-src 'self'"), parsePolicy("script-src 'self'; object-src 'none'")])).toThrow('pages carry different CSP directives');
    expect(() => unitePolicies([])).toThrow('no page carries a Content-Security-Policy');
  });

  it('writes _headers for every path with the policy, frame ancestors denied and the usual headers', () => {
    const text = headersFile(parsePolicy("default-src 'self'; script-src 'self'"));
    const lines = text.split('\n');
    expect(lines).toContain('/*');
    expect(lines).toContain("  Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors 'none'");
    for (const header of ['X-Content-Type-Options: nosniff', 'X-Frame-Options: DENY', 'Referrer-Policy: strict-origin-when-cross-origin']) expect(lines).toContain(`  ${header}`);
    expect(text).toMatch(/^ {2}Permissions-Policy: camera=\(\)/m);
  });

  it.each([
    [`<head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-a='"></head>`, "script-src 'self' 'sha256-a='"],
    [`<meta content="script-src &#39;self&#39;" http-equiv="Content-Security-Policy">`, "script-src 'self'"],
    ['<head><meta charset="utf-8"></head>', undefined],
  ])('reads the policy of a page: %s', (html, policy) => {
    expect(metaPolicy(html)).toBe(policy);
  });

  describe('a page’s own policy', () => {
    // A stand-in digest: the body itself, so the expected sources can be read.
    const hashOf = (body: string) => `sha256-${body}`;
    const siteWide = parsePolicy("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c' 'sha256-d'");

    it.each([
      ['no inline code', '<p>text</p><script type="module" src="/x.js"></script>', "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"],
      ['its inline script and style', '<script type="module">a</script><style>d</style>', "script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; style-src 'self' 'sha256-d'"],
      ['JSON-LD, which never runs', '<script type="application/ld+json">b</script>', "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"],
    ])('keeps only the hashes of the page’s own inline code: %s', (_label, html, expected) => {
      const narrowed = narrowPolicyToPage(siteWide, html, hashOf);
      expect(formatPolicy(narrowed)).toBe(`default-src 'self'; ${expected}`);
    });

    it('refuses inline code the site-wide policy does not allow', () => {
      expect(() => narrowPolicyToPage(siteWide, '<script>evil()</script>', hashOf)).toThrow("an inline script has no hash in the policy Astro wrote ('sha256-evil()')");
    });

    it('finds inline scripts and styles, not loaded scripts or data blocks', () => {
      expect(inlineCode('<script src="/a.js"></script><script>x</script><script type="application/json">{}</script><style media="print">y</style>')).toEqual([{ tag: 'script', body: 'x' }, { tag: 'style', body: 'y' }]);
    });

    it('writes the narrowed policy back into the page’s <meta>', () => {
      const html = `<head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-a'"><title>t</title></head>`;
      expect(replaceMetaPolicy(html, "script-src 'self'")).toBe(`<head><meta http-equiv="content-security-policy" content="script-src 'self'"><title>t</title></head>`);
    });
  });
});
