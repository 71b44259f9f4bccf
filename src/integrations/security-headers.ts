import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPolicy, headersFile, narrowPolicyToPage, parsePolicy, unitePolicies } from '../lib/presentation/security-policy.ts';

const sha256 = (body: string) => `sha256-${createHash('sha256').update(body).digest('base64')}`;

/**
 * At the end of `astro build`: narrows each page's Content-Security-Policy `<meta>` (written by
 * Astro) to the hashes of that page's own inline code, then writes `dist/_headers` with the pages'
 * policies united (so the two never drift apart) plus the other security headers. Fails the build
 * if any page was published without a policy.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = htmlFiles(site);
        const policies = pages.map((file) => {
          const html = readFileSync(file, 'utf8');
          const policy = metaPolicy(html);
          if (policy === undefined) throw new Error(`${relative(site, file)} has no Content-Security-Policy <meta>: every page must be built with security.csp on`);
          try {
            const narrowed = formatPolicy(narrowPolicyToPage(parsePolicy(policy), html, sha256));
            writeFileSync(file, replaceMetaPolicy(html, narrowed));
            // Parsed again from the joined text: the parsed sources are slices of the page, and
            // keeping them would keep every page's whole HTML in memory (190 MB at 6,000 pages).
            return parsePolicy(narrowed);
          } catch (error) {
            throw new Error(`${relative(site, file)}: ${(error as Error).message}`);
          }
        });
        writeFileSync(join(site, '_headers'), headersFile(unitePolicies(policies)));
        logger.info(`_headers: one policy for ${pages.length} pages`);
      },
    },
  };
}

/** The content of a page's CSP `<meta>`, entities decoded. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  const content = tag && /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  const value = content ? (content[1] ?? content[2]) : undefined;
  return value?.replace(/&#39;|&#x27;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The page with its CSP `<meta>` content replaced (the policy has no characters that need escaping but quotes). */
export function replaceMetaPolicy(html: string, policy: string): string {
  return html.replace(/(<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*\bcontent=)(?:"[^"]*"|'[^']*')/i, (_match, start: string) => `${start}"${policy.replace(/"/g, '&quot;')}"`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}
