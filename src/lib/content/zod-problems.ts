import type { z } from 'zod';

/** Turns a zod issue path into the dotted field name comms staff see, e.g. `marker.asOf`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replace(/\.\[/g, '[');
}

/**
 * Rewrites zod's messages into plain words; anything unforeseen keeps zod's own message.
 * `input` is the raw object that was validated: zod does not keep the offending value, so it is
 * looked up by the issue's path to show comms staff what they wrote. `lineOf`, when the caller
 * knows lines, names the line of the first entry when an entry repeats it.
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown, lineOf?: (path: readonly PropertyKey[]) => number | undefined): string {
  const found = valueAt(input, issue.path);
  const alsoAt = issue.code === 'custom' ? (issue.params as { alsoAt?: PropertyKey[] } | undefined)?.alsoAt : undefined;
  if (alsoAt) {
    // `alsoAt` is relative to the list, like the issue's own last two path parts.
    const path = [...issue.path.slice(0, -alsoAt.length), ...alsoAt];
    const line = lineOf?.(path);
    return `${issue.message} (${line === undefined ? `first at ${fieldName(path)}` : `first on line ${line}`})`;
  }
  if (issue.code === 'invalid_type' && found === undefined) return 'is missing';
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((value) => `"${String(value)}"`).join(', ');
    return `${describeValue(found)} is not allowed here; use one of ${allowed}`;
  }
  if (issue.code === 'invalid_type') return `should be ${article(issue.expected)} (found ${describeValue(found)})`;
  if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  return issue.message;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  return typeof value === 'object' ? 'a group of fields' : String(value);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The fix a schema attached to its own issue (`params.fix`), when it knows better than the caller's general one. */
export function fixOf(issue: z.core.$ZodIssue): string | undefined {
  const fix = issue.code === 'custom' ? (issue.params as { fix?: unknown } | undefined)?.fix : undefined;
  return typeof fix === 'string' ? fix : undefined;
}
