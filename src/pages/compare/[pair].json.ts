import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadComparisons } from '../../data/comparisons.ts';
import { comparisonJson } from '../../lib/compare-json.ts';
import { paths, url } from '../../lib/url.ts';

export const getStaticPaths = (async () => (await loadComparisons()).map((view) => ({ params: { pair: `${view.from.year}-${view.to.year}` }, props: view }))) satisfies GetStaticPaths;

// Typed props, so `astro check` catches a misspelt field.
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const { from, to, comparison } = props;
  return Response.json(
    comparisonJson(comparison, {
      page: url(paths.comparison(from.year, to.year)),
      reports: [url(paths.report(from.year)), url(paths.report(to.year))],
    }),
  );
};
