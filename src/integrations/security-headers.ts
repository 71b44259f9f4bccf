import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, parsePolicy, unitePolicies } from '../lib/presentation/security-policy.ts';

/**
 * Writes `dist/_headers` at the end of `astro build` with the Content-Security-Policy Astro put in
 * the pages' `<meta>` (so the two never drift apart) plus the other security headers. Fails the
 * build if any page was published without a policy.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = htmlFiles(site);
        const policies = pages.map((file) => {
          const policy = metaPolicy(readFileSync(file, 'utf8'));
          if (policy === undefined) throw new Error(`${relative(site, file)} has no Content-Security-Policy <meta>: every page must be built with security.csp on`);
          return parsePolicy(policy);
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

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}
