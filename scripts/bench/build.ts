// Copies the project to a scratch folder, optionally adds a synthetic archive, builds it, and
// measures the build: wall time, peak memory of the build's processes, pages and sizes.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface BuildFigures {
  seconds: number;
  pages: number;
  msPerPage: number;
  /** Largest total resident memory of the build and its child processes (sampled), in MiB; null where /proc is missing. */
  peakMemoryMiB: number | null;
  distBytes: number;
  /** Everything search fetches from: Pagefind's files and the site's own (facility names, page outlines and words), as stored. */
  searchIndexBytes: number;
}

/** A scratch copy of the project (node_modules linked), with `files` written over it. */
export function copyProject(root: string, prefix: string, files: ReadonlyMap<string, string> = new Map()): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'content']) {
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    writeFileSync(join(copy, path), text);
  }
  return copy;
}

/** Builds the copy in `dir`; `env` adds to the environment (the archive sets CONTENT_TODAY, src/schemas/today.ts). */
export async function buildProject(dir: string, env: Record<string, string> = {}): Promise<BuildFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peak: number | null = existsSync('/proc/self/status') ? 0 : null;
  const sampler = setInterval(() => {
    if (peak !== null && child.pid) peak = Math.max(peak, treeMemory(child.pid));
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`astro build failed in ${dir}:\n${output.slice(-4000)}`);
  const seconds = (performance.now() - started) / 1000;
  const dist = join(dir, 'dist');
  const all = filesIn(dist);
  const pages = all.filter((file) => file.endsWith('.html')).length;
  return {
    seconds,
    pages,
    msPerPage: (seconds * 1000) / pages,
    peakMemoryMiB: peak === null ? null : peak / 1024,
    distBytes: sizeOf(all),
    searchIndexBytes: sizeOf(all.filter((file) => [join(dist, 'pagefind'), join(dist, 'search', 'facilities'), join(dist, 'search', 'pages')].some((dir) => file.startsWith(`${dir}/`)))),
  };
}

export function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function sizeOf(files: string[]): number {
  return files.reduce((sum, file) => sum + statSync(file).size, 0);
}

/** Resident memory (KiB) of a process and all its descendants, from /proc. */
function treeMemory(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended while being read
    }
  }
  const total = (id: number): number => (rss.get(id) ?? 0) + (children.get(id) ?? []).reduce((sum, child) => sum + total(child), 0);
  return total(pid);
}
