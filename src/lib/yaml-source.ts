import { LineCounter, parseDocument, isNode } from 'yaml';

/** Parsed YAML plus a way to find the line a value sits on, so problems can point at it. */
export interface YamlSource {
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent; `undefined` for a syntax error. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** A YAML syntax error, with its 1-based line, if the text is not valid YAML. */
  syntaxError?: { line: number; message: string };
}

/**
 * Parses YAML text. `firstLine` is the line of the file the text starts on (front matter
 * starts on line 2), so reported lines are lines of the whole file.
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'core' });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const [error] = document.errors;
  if (error) {
    const message = error.message.split('\n')[0] ?? error.message;
    return { data: undefined, lineOf: () => undefined, syntaxError: { line: toFileLine(error.pos[0]), message } };
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
