/**
 * Route data computed once per build: every page that asks shares one promise. In `astro dev`
 * the promise is dropped when the content changes (Astro's `astro:content-changed` event, the one
 * that clears its own route cache), so the next page computes it from the new content.
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  import.meta.hot?.on('astro:content-changed', () => {
    value = undefined;
  });
  return () => {
    value ??= compute().catch((error: unknown) => {
      value = undefined;
      throw error;
    });
    return value;
  };
}
