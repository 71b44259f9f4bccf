/**
 * The site's Content-Security-Policy and other security headers, in one place. Astro writes the
 * policy into every page's `<meta http-equiv="content-security-policy">` (adding hashes for the
 * inline scripts and styles it emits); the security-headers integration copies the same policy
 * into `dist/_headers` for hosts that read that file (Netlify, Cloudflare Pages), adding what a
 * `<meta>` policy cannot carry (`frame-ancestors`).
 */
import type { AstroUserConfig } from 'astro';

/** The `security.csp` option of astro.config.mjs. */
type AstroCsp = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;
/** A directive other than script-src and style-src, as Astro accepts it. */
type Directive = NonNullable<AstroCsp['directives']>[number];

/** Script sources besides the hashes Astro adds. Pagefind compiles its WebAssembly search index, which needs `'wasm-unsafe-eval'` (not `'unsafe-eval'`: nothing may evaluate strings). */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

/** Style sources besides the hashes Astro adds. No `'unsafe-inline'`: a `style` attribute in content is refused. */
export const styleSources = ["'self'"];

/**
 * Every other directive, on every page. Everything comes from the site's own origin (no CDN,
 * font or analytics host); Pagefind fetches its index (`connect-src`) and runs in a worker it
 * loads from /pagefind/ (`worker-src`).
 */
export const policyDirectives: Directive[] = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Directives a browser ignores (with a console warning) in a `<meta>` policy; sent only as a header. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** The other headers sent with every response by hosts that read `_headers`. */
export const securityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The `security.csp` option of astro.config.mjs. */
export function astroCsp() {
  return {
    algorithm: 'SHA-256',
    directives: policyDirectives,
    scriptDirective: { resources: scriptSources },
    styleDirective: { resources: styleSources },
  } satisfies AstroCsp;
}

/** A policy as an ordered map of directive name → sources. */
export type Policy = Map<string, string[]>;

/** Parses `a x y; b z` into a policy (directive names lowercased, sources kept in order). */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** `a x y; b z` */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what each page's own policy allows: the union of their sources (the
 * pages differ at most in which inline-script and inline-style hashes they list). A browser
 * enforces both the header and the page's `<meta>`, so each page stays as strict as its own.
 * Throws when the pages do not all use the same directives, since a union would then loosen one.
 */
export function unitePolicies(policies: readonly Policy[]): Policy {
  const [first] = policies;
  if (!first) throw new Error('no page carries a Content-Security-Policy');
  const names = [...first.keys()].sort().join(' ');
  const united: Policy = new Map();
  for (const policy of policies) {
    if ([...policy.keys()].sort().join(' ') !== names) throw new Error(`pages carry different CSP directives: "${names}" and "${[...policy.keys()].sort().join(' ')}"`);
    for (const [name, sources] of policy) united.set(name, [...new Set([...(united.get(name) ?? []), ...sources])]);
  }
  return united;
}

/** The `_headers` file (Netlify / Cloudflare Pages format): every path gets the policy and the other headers. */
export function headersFile(pagePolicy: Policy): string {
  const policy = new Map(pagePolicy);
  for (const [name, ...sources] of headerOnlyDirectives.map((directive) => directive.split(' '))) if (name) policy.set(name, sources);
  const lines = [`Content-Security-Policy: ${formatPolicy(policy)}`, ...Object.entries(securityHeaders).map(([name, value]) => `${name}: ${value}`)];
  return ['# Written by the build (src/integrations/security-headers.ts from src/lib/presentation/security-policy.ts): do not edit.', '/*', ...lines.map((line) => `  ${line}`), ''].join('\n');
}

/** The inline scripts (not data blocks such as JSON-LD) and inline styles of a page, with their bodies. */
export function inlineCode(html: string): { tag: 'script' | 'style'; body: string }[] {
  const found: { tag: 'script' | 'style'; body: string }[] = [];
  for (const [, tag, attributes = '', body = ''] of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    if (tag === 'script' && (/\bsrc=/.test(attributes) || /\btype=["']?application\/(ld\+)?json/.test(attributes))) continue;
    found.push({ tag: tag as 'script' | 'style', body });
  }
  return found;
}

/**
 * A page's own policy: Astro lists in every page the hashes of every script and stylesheet of the
 * whole site (30 on a report page, about 1.3 KB gzip of incompressible text), though a page only
 * needs those of its own inline scripts and styles; files it loads are covered by `'self'`. This
 * keeps just those. `hashOf` is the policy's digest ('sha256-…' of a body). Throws when the page
 * has inline code the site-wide policy does not allow, rather than allow it.
 */
export function narrowPolicyToPage(policy: Policy, html: string, hashOf: (body: string) => string): Policy {
  const needed = { script: new Set<string>(), style: new Set<string>() };
  for (const { tag, body } of inlineCode(html)) needed[tag].add(`'${hashOf(body)}'`);
  const narrowed: Policy = new Map(policy);
  for (const tag of ['script', 'style'] as const) {
    const sources = policy.get(`${tag}-src`) ?? [];
    for (const hash of needed[tag]) if (!sources.includes(hash)) throw new Error(`an inline ${tag} has no hash in the policy Astro wrote (${hash})`);
    narrowed.set(`${tag}-src`, sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || needed[tag].has(source)));
  }
  return narrowed;
}
