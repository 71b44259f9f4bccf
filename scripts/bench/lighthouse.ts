// Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G network, simulated) of a
// few pages, in Debian's Chromium. Scores are 0–100; the layout shift is reported on its own.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromePath } from './browser.ts';

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

export interface LighthouseScores {
  path: string;
  /** How many audits were run; the figures are those of the median one. */
  runs: number;
  /** The CPU slowdown the audit simulated, and this machine's CPU benchmark it was calibrated from. */
  cpuSlowdown: number;
  benchmarkIndex: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cumulativeLayoutShift: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  /** The weighted audits that kept a category below 100, as "category: audit title (value)", to say what to fix. */
  shortfalls: string[];
}

/**
 * The CPU slowdown that makes this machine a mid-tier phone, from Lighthouse's calibration table
 * (docs/throttling.md, "Calibrating the CPU slowdown"): its default 4× assumes a high-end desktop
 * (BenchmarkIndex 1500 or more); a low-end desktop or high-end phone (800–1500) takes 2×, anything
 * slower 1×. On a slower machine the default 4× over-counts blocking time, and Lighthouse warns so.
 */
export function calibratedSlowdown(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1500) return 4;
  if (benchmarkIndex >= 800) return 2;
  return 1;
}

/**
 * `cpuSlowdown`: Lighthouse's default 4×, another number, or 'calibrated' (from this machine's
 * BenchmarkIndex, measured by a first audit; it varies with the machine's load). `runs`: audits
 * per page, of which the median run is kept, chosen by Lighthouse's own `computeMedianRun` (its
 * docs, variability.md, advise several runs: one run's blocking time swings with the machine).
 */
export async function lighthouseScores(origin: string, paths: readonly string[], cpuSlowdown: number | 'calibrated' = 4, runs = 3): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    logLevel: 'silent',
  });
  try {
    const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] };
    let slowdown = cpuSlowdown;
    if (slowdown === 'calibrated') {
      const probe = await lighthouse(`${origin}${paths[0] ?? '/'}`, { ...flags, onlyCategories: ['performance'] });
      slowdown = calibratedSlowdown(probe?.lhr.environment.benchmarkIndex ?? 0);
    }
    const scores: LighthouseScores[] = [];
    for (const path of paths) {
      const results: Report[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${origin}${path}`, { ...flags, throttling: { cpuSlowdownMultiplier: slowdown } });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        results.push(result.lhr);
      }
      const lhr = computeMedianRun(results) as Report;
      const { categories, audits } = lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      const shortfalls = Object.entries(categories).flatMap(([category, { auditRefs }]) =>
        auditRefs
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category}: ${audits[ref.id]?.title ?? ref.id}${audits[ref.id]?.displayValue ? ` (${audits[ref.id]?.displayValue})` : ''}`),
      );
      scores.push({
        path,
        runs,
        cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier ?? slowdown,
        benchmarkIndex: lhr.environment.benchmarkIndex,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        cumulativeLayoutShift: value('cumulative-layout-shift'),
        largestContentfulPaintMs: value('largest-contentful-paint'),
        totalBlockingTimeMs: value('total-blocking-time'),
        shortfalls,
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
