/**
 * The own index's data, fetched once. Its own small module so the search page
 * can start the download while the ranking code is still loading: a page opened
 * with a query shows its first results one round trip sooner.
 */
import type { IndexData } from "../lib/rank";
import { url } from "../lib/urls";

let data: Promise<IndexData> | undefined;

export const indexData = (): Promise<IndexData> =>
  (data ??= fetch(url("search-index.json")).then((r) => r.json() as Promise<IndexData>));
