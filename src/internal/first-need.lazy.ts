/**
 * A module the CDN bundle fetches from beside itself the first time a reader needs it (a
 * dialog few readers open), once for the whole page. A failed fetch (offline, or the file
 * missing beside the bundle) warns and resolves undefined; the next call asks again, under an
 * address of its own, because Chromium and Firefox answer a second import of an address that
 * failed with the same failure, without asking the network.
 */
export function onFirstNeed<M>(url: string, warning: string): () => Promise<M | undefined> {
  let failures = 0;
  let loading: Promise<M | undefined> | undefined;
  return () =>
    (loading ??= import(failures ? `${url}?retry=${failures}` : url).then(
      (module: M) => module,
      (error: unknown) => {
        failures++;
        loading = undefined;
        console.warn(warning, error);
        return undefined;
      },
    ));
}
