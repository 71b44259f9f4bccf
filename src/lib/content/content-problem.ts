/**
 * Every content mistake the site can report — in a CSV, in front matter, in the smelter
 * registry — is a `ContentProblem`, and every one is printed by `formatProblem`, so comms
 * staff always see the same shape: where (file:line), what is wrong, how to fix it.
 */
export interface ContentProblem {
  /** Path of the file, relative to the project root (e.g. `content/reports/2014/smelters.csv`). */
  file: string;
  /** 1-based line in that file, when the problem sits on one line. */
  line?: number;
  /** The front matter field or CSV column concerned, e.g. `marker.asOf` or `metal`. */
  field?: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it, in plain words. */
  fix: string;
}

/** `file:line — field: what is wrong — how to fix it` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const what = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
  return `${where} — ${what} — ${problem.fix}`;
}

/** Thrown when content cannot be published; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The content has ${count} to fix before the site can be built:\n` + problems.map((p) => `  ${formatProblem(p)}`).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Throws a `ContentError` when there is anything to report. */
export function throwIfProblems(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
