// The site's own files that search reads (facility names, page outlines and words), each fetched
// once per page visit however many searches need it.

/** The site's base path without its trailing slash ('' at a domain's root, '/repository' on a project page). */
export const base = import.meta.env.BASE_URL.replace(/\/$/, '');

const fetched = new Map<string, Promise<unknown>>();

/** A file of the site (`path` from its root, e.g. "/search/pages/x.json"), fetched and read once; a failure is forgotten, so the next search tries again. */
export function fetchOnce<T>(path: string, read: (response: Response) => Promise<T>): Promise<T> {
  let file = fetched.get(path) as Promise<T> | undefined;
  if (!file) {
    file = fetch(`${base}${path}`)
      .then(read)
      .catch((error: unknown) => {
        fetched.delete(path);
        throw error;
      });
    fetched.set(path, file);
  }
  return file;
}
