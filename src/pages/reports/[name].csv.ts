import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, downloadRoutes } from '../../data/downloads.ts';

// /reports/smelters-all-years.csv
export const getStaticPaths = (() => downloadRoutes(/^\/reports\/([^/]+)\.csv$/, ['name'])) satisfies GetStaticPaths;

// Typed props, so `astro check` catches a misspelt field.
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => downloadResponse(props.file);
