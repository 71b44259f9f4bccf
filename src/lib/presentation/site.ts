/** The site's name, in page titles, Open Graph tags and the feed. */
export const siteName = 'Supply Chain Disclosures';

/** What the site is, for pages without a description of their own and for the feed. */
export const siteDescription = 'Policies, partner codes of conduct and annual conflict minerals disclosures, with smelter data across years.';

/**
 * The issue tracker of the repository the site is built from, where readers can report problems.
 * GitHub Actions names the repository in the build's environment; a build elsewhere has no
 * address to give, and the accessibility statement then says so instead of guessing one.
 */
export function issueTrackerUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = env;
  return server && repository && /^[\w.-]+\/[\w.-]+$/.test(repository) ? `${server.replace(/\/$/, '')}/${repository}/issues` : undefined;
}
