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
  /**
   * Largest memory of the build and its child processes together (sampled), in MiB: the sum of
   * their proportional resident memory (Pss), so pages two processes share count once; null
   * where /proc is missing.
   */
  peakMemoryMiB: number | null;
  /** Largest resident memory (VmRSS) of any one of those processes, in MiB; null where /proc is missing. */
  largestProcessMiB: number | null;
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
  const sampled = existsSync('/proc/self/status');
  let peak = 0;
  let largest = 0;
  const sampler = setInterval(() => {
    if (!sampled || !child.pid) return;
    const memory = treeMemory(child.pid);
    peak = Math.max(peak, memory.pss);
    largest = Math.max(largest, memory.largestRss);
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
    peakMemoryMiB: sampled ? peak / 1024 : null,
    largestProcessMiB: sampled ? largest / 1024 : null,
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

/**
 * Memory (KiB) of a process and all its descendants, from /proc: the sum of their Pss, and the
 * largest VmRSS among them. Summing VmRSS would count shared pages once per process: a child
 * between fork and exec (as when the build starts Pagefind) shares all of its parent's pages and
 * would add the whole build a second time.
 */
function treeMemory(pid: number): { pss: number; largestRss: number } {
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
  const tree = (id: number): number[] => [id, ...(children.get(id) ?? []).flatMap(tree)];
  const processes = tree(pid).filter((id) => rss.has(id));
  return { pss: processes.reduce((sum, id) => sum + pssOf(id, rss.get(id) ?? 0), 0), largestRss: Math.max(0, ...processes.map((id) => rss.get(id) ?? 0)) };
}

/** A process's Pss (KiB), or `fallback` where the kernel has no smaps_rollup or the process ended. */
function pssOf(pid: number, fallback: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? fallback);
  } catch {
    return fallback;
  }
}
