import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, loadDownloads } from '../../data/downloads.ts';

// Every smelter download under /reports/: /reports/<year>/smelters-<year>.csv|json and /reports/smelters-all-years.csv|json.
export const getStaticPaths = (async () =>
  (await loadDownloads()).filter((file) => file.path.startsWith('/reports/')).map((file) => ({ params: { file: file.path.slice('/reports/'.length) }, props: { file } }))) satisfies GetStaticPaths;

// Typed props, so `astro check` catches a misspelt field.
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => downloadResponse(props.file);
