import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, downloadRoutes } from '../../data/downloads.ts';

// /checklist/requirements.csv: every requirement of the checklist, one row each (src/data/downloads.ts).
export const getStaticPaths = (() => downloadRoutes(/^\/checklist\/([^/]+)\.csv$/, ['file'])) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => downloadResponse(props.file);
