// The comms team's preview loop, end to end: `astro dev` on a copy of the project, edits made as an
// editor makes them, and the page checked after each without restarting the server.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuildEnv, copyProject } from './project-copy.ts';

const copy = copyProject('live-preview-');
const csv = join(copy, 'content', 'reports', '2013', 'smelters.csv');
let server: ChildProcess;
let origin = '';
let output = '';

/** Retries `check` until it passes: the server reloads content in the background after an edit. */
async function eventually<T>(check: () => Promise<T>, attempts = 120): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await check();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(path, origin));
  return { status: response.status, text: await response.text() };
}

/** Vitest's own variables removed: with VITEST set, Astro's dev server leaves routing to the test runner. */
function devServerEnv(): NodeJS.ProcessEnv {
  const { VITEST: _vitest, TEST: _test, ...env } = astroBuildEnv({ NODE_ENV: 'development' });
  return env;
}

beforeAll(async () => {
  server = spawn(process.execPath, [join(copy, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '0'], { cwd: copy, env: devServerEnv() });
  server.stdout?.on('data', (chunk: Buffer) => (output += stripVTControlCharacters(String(chunk))));
  server.stderr?.on('data', (chunk: Buffer) => (output += stripVTControlCharacters(String(chunk))));
  origin = await eventually(async () => {
    const url = /Local\s+(http:\/\/\S+)/.exec(output)?.[1];
    if (!url) throw new Error(`astro dev has not started:\n${output}`);
    return url;
  }, 240);
}, 90_000);

afterAll(() => {
  server?.kill();
  rmSync(copy, { recursive: true, force: true });
});

describe('npm run dev shows content edits live', () => {
  const rowsOf = (html: string) => Number(/the 2013 filing \((\d+) rows\)/.exec(html)?.[1]);
  let rowsBefore = 0;

  it('serves the report page', async () => {
    const page = await get('/reports/2013/');
    expect(page.status).toBe(200);
    rowsBefore = rowsOf(page.text);
    expect(rowsBefore).toBeGreaterThan(100);
  }, 60_000);

  it('shows a row added to the CSV on the report page and in its download, without a restart', async () => {
    appendFileSync(csv, 'Gold,Example Live Preview Refinery,no,,,\n');
    await eventually(async () => {
      const page = await get('/reports/2013/');
      expect(page.text).toContain('Example Live Preview Refinery');
      expect(rowsOf(page.text)).toBe(rowsBefore + 1);
    });
    expect((await get('/reports/2013/smelters-2013.csv')).text).toContain('Example Live Preview Refinery');
  }, 60_000);

  it('shows a broken row with its file:line in the terminal and the browser overlay, and keeps answering', async () => {
    appendFileSync(csv, 'Silver,Example Silver Works,no,,,\n');
    const line = readFileSync(csv, 'utf8').trimEnd().split('\n').length;
    const message = `content/reports/2013/smelters.csv:${line} — metal: "Silver" is not allowed here`;
    await eventually(async () => {
      expect((await get('/reports/2013/')).status).toBe(500);
      expect(output).toContain(message);
    });
    expect((await get('/')).status).toBe(500);
    const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
    try {
      const page = await browser.newPage();
      await page.goto(new URL('/reports/2013/', origin).href);
      await expect.poll(() => page.locator('vite-error-overlay #message-content').innerText(), { timeout: 30_000 }).toContain(message);
      expect(await page.locator('vite-error-overlay #code').innerText()).toContain('Silver,Example Silver Works');
    } finally {
      await browser.close();
    }
  }, 90_000);

  it('brings the page back when the file is fixed', async () => {
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('Silver,Example Silver Works', 'Tin,Example Tin Works'));
    await eventually(async () => {
      const page = await get('/reports/2013/');
      expect(page.status, output.slice(-2000)).toBe(200);
      expect(page.text).toContain('Example Tin Works');
    });
    expect(output).toContain('content problems fixed');
  }, 60_000);
});
