// Preloaded into `astro build` by copy-of-project.test.ts (node --import): counts how often each file
// under content/ is read, by any reader, and writes the counts to $CONTENT_READS_FILE at exit.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join, relative } from 'node:path';

const content = join(process.cwd(), 'content');
const reads = {};
const count = (path) => {
  const file = String(path instanceof URL ? path.pathname : path);
  if (file.startsWith(content)) reads[relative(process.cwd(), file)] = (reads[relative(process.cwd(), file)] ?? 0) + 1;
};
for (const [target, name] of [[fs, 'readFileSync'], [fs, 'readFile'], [fs.promises, 'readFile']]) {
  const original = target[name];
  target[name] = function (path, ...rest) {
    count(path);
    return original.call(this, path, ...rest);
  };
}
syncBuiltinESMExports();
process.on('exit', () => fs.writeFileSync(process.env.CONTENT_READS_FILE, JSON.stringify(reads)));
