import type { Plugin } from 'vite';

/**
 * Drops the build warnings that come from Astro and Vite themselves and that no one working on
 * this site can act on, so that a warning in the build's output is always one about the site.
 * Each is named with its upstream issue; remove it when that is fixed.
 *
 * - Rolldown warns that the `"use astro:head-inject"` directive Astro puts in every MDX file "may
 *   not be preserved when bundling" (withastro/astro#18087): one warning per report, policy and
 *   news item. Astro reads the directive itself, before bundling.
 */
export function quietUpstreamWarnings(): Plugin {
  return {
    name: 'quiet-upstream-warnings',
    apply: 'build',
    onLog(_level, log) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return false;
    },
  };
}
