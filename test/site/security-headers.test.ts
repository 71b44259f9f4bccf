import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/integrations/security-headers.ts';
import { parsePolicy } from '../../src/lib/presentation/security-policy.ts';
import { dist, htmlFiles } from './built-site.ts';

const headers = readFileSync(join(dist, '_headers'), 'utf8');
const headerPolicy = parsePolicy(/^ {2}Content-Security-Policy: (.*)$/m.exec(headers)?.[1] ?? '');

describe('the built site’s security policy', () => {
  it.each(htmlFiles())('%s carries a strict policy that the _headers policy allows', (file) => {
    const policy = metaPolicy(readFileSync(join(dist, file), 'utf8'));
    expect(policy, 'the page has no CSP <meta>').toBeDefined();
    const directives = parsePolicy(policy ?? '');
    expect(directives.get('script-src')?.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|data:|https?:/);
    for (const [name, sources] of directives) expect(headerPolicy.get(name), name).toEqual(expect.arrayContaining(sources));
  });

  it('_headers denies framing and sniffing for every path', () => {
    expect(headers).toMatch(/^\/\*$/m);
    expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers).toContain('  X-Frame-Options: DENY');
    expect(headers).toContain('  X-Content-Type-Options: nosniff');
  });

  it('each page’s policy lists the hashes of its own inline scripts and styles, and no other', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(join(dist, file), 'utf8');
      const own = parsePolicy(metaPolicy(html) ?? '');
      const listed = [...(own.get('script-src') ?? []), ...(own.get('style-src') ?? [])].filter((source) => source.startsWith("'sha256-"));
      const needed = new Set<string>();
      for (const [, tag, attributes, body] of html.matchAll(/<(script|style)([^>]*)>([\s\S]*?)<\/\1>/g)) {
        if (tag === 'script' && /\bsrc=/.test(attributes ?? '')) continue;
        // JSON-LD is a data block: browsers never run it, so the policy need not hash it.
        if (tag === 'script' && /\btype="application\/ld\+json"/.test(attributes ?? '')) continue;
        needed.add(`'sha256-${createHash('sha256').update(body ?? '').digest('base64')}'`);
      }
      expect(new Set(listed), file).toEqual(needed);
      expect(html, `${file}: a style or event-handler attribute`).not.toMatch(/<[a-z][^>]*\s(style|on[a-z]+)=/i);
    }
  });
});
