import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadReports } from '../../../data/reports.ts';
import { downloadColumns, downloadRow, toCsv } from '../../../lib/downloads.ts';

export const getStaticPaths = (async () => (await loadReports()).map((report) => ({ params: { year: String(report.year) }, props: { report } }))) satisfies GetStaticPaths;

// Typed props, so `astro check` catches a misspelt field.
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(toCsv(downloadColumns, props.report.table.rows.map(downloadRow)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
