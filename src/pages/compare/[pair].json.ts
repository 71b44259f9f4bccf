import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, downloadRoutes } from '../../data/downloads.ts';

// /compare/<from>-<to>.json
export const getStaticPaths = (() => downloadRoutes(/^\/compare\/(\d+-\d+)\.json$/, ['pair'])) satisfies GetStaticPaths;

// Typed props, so `astro check` catches a misspelt field.
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => downloadResponse(props.file);
