import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, loadDownloads } from '../../data/downloads.ts';

export const getStaticPaths = (async () =>
  (await loadDownloads()).flatMap((file) => {
    const pair = /^\/compare\/(\d+-\d+)\.json$/.exec(file.path)?.[1];
    return pair ? [{ params: { pair }, props: { file } }] : [];
  })) satisfies GetStaticPaths;

// Typed props, so `astro check` catches a misspelt field.
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => downloadResponse(props.file);
