import type { APIRoute, GetStaticPaths } from 'astro';
import { loadComparisons } from '../../data/comparisons.ts';
import { comparisonJson } from '../../lib/compare-reports.ts';
import { paths, url } from '../../lib/url.ts';

export const getStaticPaths = (async () => (await loadComparisons()).map((view) => ({ params: { pair: `${view.from.year}-${view.to.year}` }, props: view }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { from, to, comparison } = props;
  return Response.json(
    comparisonJson(comparison, {
      page: url(paths.comparison(from.year, to.year)),
      reports: [url(paths.report(from.year)), url(paths.report(to.year))],
    }),
  );
};
