import type { RegisterQuery } from '../../shared/domain/register-query';
import type { Db } from '../db/open';
import { keysStatement } from './query';
import { dataStamp } from '../db/data-stamp';

/**
 * Register views for a virtualized table over 1,000,000 members.
 *
 * Why not LIMIT/OFFSET or keyset per window: the table asks for arbitrary windows (a dragged
 * scrollbar lands anywhere). OFFSET re-runs the whole filtered query, joins and sort included,
 * for every window, so deep windows of a filtered view cost as much as the full query; keyset
 * paging cannot jump to row 600,000 without reading the 599,999 before it. Instead the view's
 * member ids are read once, in display order, from the indexes (about 100 ms for a million rows,
 * 4 MB as an Int32Array) and kept in main; `total` is their count and a window is a slice of
 * ids looked up by primary key (well under a millisecond). The snapshot is rebuilt when the
 * database changed since it was taken, so an edit or an import shows on the next window.
 */

interface View {
  ids: Int32Array;
  version: number;
}

interface ViewCache {
  views: Map<string, View>;
  stamp: string;
  version: number;
}

/** A few views per database: the page's current one, the previous filters, an export. */
const MAX_VIEWS = 4;

// Keyed by connection: a restored backup is a new connection, and its views start afresh.
const caches = new WeakMap<Db, ViewCache>();


function cacheOf(db: Db): ViewCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { views: new Map(), stamp: '', version: 0 };
    caches.set(db, cache);
  }
  return cache;
}

export function readIds(db: Db, query: RegisterQuery): Int32Array {
  const { sql, params } = keysStatement(query);
  const list = db.prepare(sql).pluck().all(params) as number[];
  const ids = new Int32Array(list.length);
  let n = 0;
  for (const id of list) {
    // A family enrolled both as a whole and per person would list a member twice, next to itself.
    if (n > 0 && ids[n - 1] === id) continue;
    ids[n++] = id;
  }
  return n === list.length ? ids : ids.slice(0, n);
}

/** The view's ids in display order, from the cache while the database is unchanged. */
export function registerView(db: Db, query: RegisterQuery): { ids: Int32Array; version: number } {
  const cache = cacheOf(db);
  const stamp = dataStamp(db);
  if (stamp !== cache.stamp) {
    cache.views.clear();
    cache.stamp = stamp;
    cache.version++;
  }
  const key = JSON.stringify(query, Object.keys(query).sort());
  let view = cache.views.get(key);
  if (view) {
    cache.views.delete(key);
  } else {
    view = { ids: readIds(db, query), version: cache.version };
    if (cache.views.size >= MAX_VIEWS) cache.views.delete(cache.views.keys().next().value!);
  }
  cache.views.set(key, view);
  return { ids: view.ids, version: view.version };
}
