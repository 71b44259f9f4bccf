import type { ContentProblem } from './content-problem.ts';

/**
 * A content problem as a GitHub Actions workflow command, so a pull request's "Files changed"
 * view shows it on the file and line it concerns:
 * `::error file=<path>,line=<n>,title=<short>::<what> — <fix>`.
 * Escaping follows GitHub's rules (@actions/core): `%`, CR and LF in the message; also `:` and `,`
 * in properties, which would otherwise end a property early.
 */
export function githubAnnotation(problem: ContentProblem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  properties.push(`title=${escapeProperty(problem.field ? `Content problem in ${problem.field}` : 'Content problem')}`);
  return `::error ${properties.join(',')}::${escapeData(`${problem.message} — ${problem.fix}`)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Whether `npm run check` should also print annotations: asked for with `--github`, or running in GitHub Actions. */
export function wantsGithubAnnotations(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  return argv.includes('--github') || env.GITHUB_ACTIONS === 'true';
}
