// The GitHub workflows give write access only where it is needed, pin every action to a commit
// and bound every job's run time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step { uses?: string; run?: string }
interface Job { permissions?: Record<string, string>; 'timeout-minutes'?: number; steps?: Step[] }
interface Workflow { permissions?: Record<string, string>; jobs: Record<string, Job> }

const dir = join(import.meta.dirname, '..', '.github', 'workflows');
const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
const workflows = files.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8'), workflow: parse(readFileSync(join(dir, name), 'utf8')) as Workflow }));
const jobs = workflows.flatMap(({ name, workflow }) => Object.entries(workflow.jobs).map(([id, job]) => ({ name: `${name} ${id}`, job })));

/** The jobs allowed to write, and exactly what each may write. */
const writers: Record<string, Record<string, string>> = {
  'deploy.yml deploy': { pages: 'write', 'id-token': 'write' },
  'pull-request.yml comment': { 'pull-requests': 'write' },
};

describe('GitHub workflows', () => {
  it('are the deploy and pull request workflows', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'pull-request.yml']);
  });

  it.each(workflows)('$name grants no permission at the top, so each job states its own', ({ workflow }) => {
    expect(workflow.permissions).toEqual({});
  });

  it.each(jobs)('$name states its permissions, writing only if it is the deploy or comment job', ({ name, job }) => {
    expect(job.permissions).toEqual(writers[name] ?? { contents: 'read' });
  });

  it.each(jobs)('$name has a timeout', ({ job }) => {
    expect(job['timeout-minutes']).toBeGreaterThan(0);
    expect(job['timeout-minutes']).toBeLessThanOrEqual(60);
  });

  it.each(jobs)('$name pins every action to a full commit SHA with its version in a comment', ({ job }) => {
    for (const step of job.steps ?? []) {
      if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    }
  });

  it.each(workflows)('$name names the version beside each pinned SHA', ({ text }) => {
    const uses = text.split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it.each(jobs.filter(({ job }) => job.steps?.some((step) => step.run?.includes('npm '))))('$name installs with npm ci and keeps no token in the checkout', ({ job }) => {
    const runs = (job.steps ?? []).map((step) => step.run ?? '');
    expect(runs.some((run) => /^npm ci\b/.test(run))).toBe(true);
    expect(runs.join('\n')).not.toMatch(/npm (install|i)\b/);
    const checkout = job.steps?.find((step) => step.uses?.startsWith('actions/checkout@')) as (Step & { with?: Record<string, unknown> }) | undefined;
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });

  it('deploys from a separate job after the build, which uploads the Pages artifact', () => {
    const deploy = workflows.find(({ name }) => name === 'deploy.yml')?.workflow.jobs;
    expect(deploy?.build?.steps?.some((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))).toBe(true);
    expect((deploy?.deploy as Job & { needs?: string }).needs).toBe('build');
    expect(deploy?.deploy?.steps?.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });

  it('annotates content problems on the pull request and runs the browser tests in Chromium', () => {
    const steps = workflows.find(({ name }) => name === 'pull-request.yml')?.workflow.jobs.check?.steps ?? [];
    expect(steps.map((step) => step.run)).toContain('node scripts/check.ts --github');
    expect(steps.find((step) => step.run === 'npm test')).toMatchObject({ env: { CHROME_PATH: '/usr/bin/chromium' } });
  });
});
