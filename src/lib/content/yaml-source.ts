import { LineCounter, parseDocument, isNode, isScalar, visit } from 'yaml';
import { findUnreadableText, unreadableTextProblem } from '../../schemas/text-hygiene.ts';

/** Parsed YAML plus a way to find the line a value sits on, so problems can point at it. */
export interface YamlSource {
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent; `undefined` for a syntax error. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** A YAML syntax error, with its 1-based line, if the text is not valid YAML (and its fix, when it is a specific one). */
  syntaxError?: { line: number; message: string; fix?: string };
}

/**
 * Parses YAML text. `firstLine` is the line of the file the text starts on (front matter
 * starts on line 2), so reported lines are lines of the whole file.
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'core' });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const unreadable = findUnreadableText(text);
  if (unreadable) {
    const { message, fix } = unreadableTextProblem(unreadable.excerpt);
    return { data: undefined, lineOf: () => undefined, syntaxError: { line: unreadable.line + firstLine - 1, message, fix } };
  }
  const [error] = document.errors;
  if (error) {
    const line = toFileLine(error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      return { data: undefined, lineOf: () => undefined, syntaxError: { line, message: describeDuplicateKey(text, error.pos[0], toFileLine), fix: 'keep one of the two lines (the one with the right value) and delete the other' } };
    }
    return { data: undefined, lineOf: () => undefined, syntaxError: { line, message: error.message.split('\n')[0] ?? error.message } };
  }
  return {
    data: document.toJS(),
    lineOf(path) {
      for (let length = path.length; length >= 0; length--) {
        const node = document.getIn(path.slice(0, length) as unknown[], true);
        if (isNode(node) && node.range) return toFileLine(node.range[0]);
      }
      return undefined;
    },
  };
}

/** `the key "x" is used twice in one block, first on line n`, for the repeated key at `offset`. */
function describeDuplicateKey(text: string, offset: number, toFileLine: (offset: number) => number): string {
  let description = 'a key is used twice in one block';
  visit(parseDocument(text, { uniqueKeys: false }), {
    Map(_, map) {
      const seen = new Map<unknown, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const first = seen.get(pair.key.value);
        if (first !== undefined && pair.key.range[0] === offset) {
          description = `the key "${String(pair.key.value)}" is used twice in one block, first on line ${toFileLine(first)}`;
          return visit.BREAK;
        }
        if (first === undefined) seen.set(pair.key.value, pair.key.range[0]);
      }
      return undefined;
    },
  });
  return description;
}
