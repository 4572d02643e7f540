/**
 * An in-process cache of public views (GET /api/v1/{kind}/{id}), the hottest read of the open API.
 * A view is dropped as soon as this process can know it changed:
 * - Every transaction that refreshes a public view sends NOTIFY (see refreshPublicView); PostgreSQL
 *   delivers it to every listening process when, and only if, it commits, and each process then
 *   empties its cache (within a few milliseconds of the commit). Without a working LISTEN
 *   connection (not yet open, or reopening after a drop that may have lost notifications) nothing
 *   is served from the cache.
 * - While a write of this process runs, its reads bypass the cache, and what the cache held is
 *   dropped when the write ends: a client that wrote reads its write at once, without waiting for
 *   the NOTIFY. The embedded database has one writing process, this one, so this covers every write.
 * - A read that started before a drop never fills the cache (generation count), so a view read
 *   before a commit cannot be stored after the commit's notification.
 * With a read replica (which may lag behind the primary's notifications) nothing is cached.
 * Writes that bypass Kuvaa's actions (SQL by hand) are not seen: restart the servers after one. */
import type { Database } from '../../db/db.ts';
import { PUBLIC_VIEWS_CHANNEL, type PublicBody } from '../../db/repositories/entities.repository.ts';

/** At most this many views (4 to 8 kB each) are kept per database; the oldest go first. */
const MAX_ENTRIES = 5000;

/** Bumped by every write of this process (whatever database handle it goes through) and every notification. */
let generation = 0;
/** Writes of this process running now. */
let writes = 0;

export interface PublicViewCache {
  /** The view from the cache, else from `load` (stored when nothing changed meanwhile). */
  get(kind: string, id: string, load: () => Promise<PublicBody | undefined>): Promise<PublicBody | undefined>;
}

class Cache implements PublicViewCache {
  private readonly entries = new Map<string, { view: PublicBody; generation: number }>();
  /** Loads running now: reads of the same view in the same generation wait for the same load. */
  private readonly loading = new Map<string, { view: Promise<PublicBody | undefined>; generation: number }>();
  private listening: boolean;

  constructor(database: Database) {
    const replica = database.readPool !== database.pool;
    this.listening = database.kind === 'embedded';
    if (database.kind === 'postgres' && !replica && database.notifications) {
      database.notifications.listen(PUBLIC_VIEWS_CHANNEL, {
        onNotify: () => this.empty(),
        onState: (listening) => {
          this.empty();
          this.listening = listening;
        },
      });
    }
  }

  private empty(): void {
    generation++;
    this.entries.clear();
  }

  private get usable(): boolean {
    return this.listening && writes === 0;
  }

  async get(kind: string, id: string, load: () => Promise<PublicBody | undefined>): Promise<PublicBody | undefined> {
    const key = `${kind}/${id}`;
    if (!this.usable) return load();
    const hit = this.entries.get(key);
    if (hit?.generation === generation) return hit.view;
    const running = this.loading.get(key);
    if (running?.generation === generation) return running.view;
    const started = generation;
    const loading = { view: load(), generation: started };
    this.loading.set(key, loading);
    try {
      const view = await loading.view;
      if (view && this.usable && started === generation) {
        if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
        this.entries.set(key, { view, generation: started });
      }
      return view;
    } finally {
      if (this.loading.get(key) === loading) this.loading.delete(key);
    }
  }
}

/** Caches by primary pool: handles copied from one database (`{ ...database }`) share it. */
const caches = new WeakMap<object, Cache>();

/** The cache of `database`'s public views. */
export function publicViewCache(database: Database): PublicViewCache {
  let cache = caches.get(database.pool);
  if (!cache) caches.set(database.pool, (cache = new Cache(database)));
  return cache;
}

/** Runs a write of this process: reads bypass every cache until it ends, and what they held is dropped. */
export async function writingPublicViews<T>(write: () => Promise<T>): Promise<T> {
  writes++;
  generation++;
  try {
    return await write();
  } finally {
    generation++;
    writes--;
  }
}

/** Throws unless a write runs through writingPublicViews (a write outside it could leave a cache stale). */
export function assertWriting(): void {
  if (writes === 0) throw new Error('Public views change only inside publicWrite(), which keeps the public-view cache correct');
}
