import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadReports } from '../../../data/reports.ts';
import { downloadRow, markerJson } from '../../../lib/downloads.ts';

export const getStaticPaths = (async () => (await loadReports()).map((report) => ({ params: { year: String(report.year) }, props: { report } }))) satisfies GetStaticPaths;

// Typed props, so `astro check` catches a misspelt field.
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const { year, entry, table } = props.report;
  return Response.json({ year, marker: markerJson(entry.data.marker), rows: table.rows.map(downloadRow) });
};
