import type { z } from 'zod';

/** Turns a zod issue path into the dotted field name comms staff see, e.g. `marker.asOf`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replace(/\.\[/g, '[');
}

/**
 * Rewrites zod's messages into plain words; anything unforeseen keeps zod's own message.
 * `input` is the raw object that was validated: zod does not keep the offending value, so it is
 * looked up by the issue's path to show comms staff what they wrote.
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const found = valueAt(input, issue.path);
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
