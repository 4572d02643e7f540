/**
 * Opens Kuvaa's database: a PostgreSQL server when a URL is given, otherwise the embedded
 * PGlite in a worker thread behind a loopback socket. Either way the application gets the same
 * `pg` pools and Drizzle handles, so every query, migration and test runs the same SQL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema/index.ts';
import { acquireDataDirLock, type Lock } from './lockfile.ts';
import { notifications, type Notifications } from './notifications.ts';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; inside `db.transaction(tx => …)` use `tx`, never the outer `db`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface DatabaseOptions {
  /** PostgreSQL URL; when absent the embedded database in `dataDir` is used. */
  url?: string | undefined;
  /** Optional read replica URL (PostgreSQL only). */
  readUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
}

export interface Database {
  kind: 'embedded' | 'postgres';
  /** Primary handle: every write and any read that must see them. */
  db: Db;
  /** Read handle: the replica when DATABASE_READ_URL is set, else the primary. */
  readDb: Db;
  pool: pg.Pool;
  /** Pool of the read handle (the replica, or the primary's pool). */
  readPool: pg.Pool;
  /** Where the data lives, for logs (never contains a password). */
  location: string;
  /**
   * NOTIFY subscriptions on the primary, on a connection opened at the first `listen`. PostgreSQL
   * server only: on the embedded database this process is the only one that can write.
   */
  notifications?: Notifications;
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const poolSize = options.poolSize ?? 10;
  if (options.url) return openServer(options.url, options.readUrl, poolSize);
  return openEmbedded(options.dataDir, poolSize);
}

/**
 * Session settings of every server connection (options in the URL take precedence).
 * - synchronize_seqscans off: a synchronized scan starts a scan of a large table where another one
 *   is, so a capped scan (the search's first 1,000 matches) returned other rows each time:
 *   identical searches ranked other items first, and a later page could repeat or skip items.
 * - cpu_index_tuple_cost 0.2 (default 0.005): the planner costs a GIN bitmap of a common prefix
 *   ("neuvon:*", 41,000 rows, 57 ms) far below what it takes, and chose it over a scan that stops
 *   at the search's cap (9 ms). At 0.2 the prefix and common-word searches of the benchmark are
 *   about 40 % faster at p95 (docs/search-tuning.md); key lookups read one index tuple and do not change.
 */
export const SESSION_SETTINGS = { synchronize_seqscans: 'off', cpu_index_tuple_cost: '0.2' } as const;
const SESSION_OPTIONS = Object.entries(SESSION_SETTINGS).map(([name, value]) => `-c ${name}=${value}`).join(' ');

function openServer(url: string, readUrl: string | undefined, poolSize: number): Database {
  const pool = newPool({ connectionString: url, max: poolSize, options: SESSION_OPTIONS });
  const readPool = readUrl ? newPool({ connectionString: readUrl, max: poolSize, options: SESSION_OPTIONS }) : pool;
  const listener = notifications({ connectionString: url });
  return {
    kind: 'postgres',
    db: drizzle(pool, { schema }),
    readDb: drizzle(readPool, { schema }),
    pool,
    readPool,
    location: redact(url),
    notifications: listener,
    async close() {
      await listener.close();
      await pool.end();
      if (readPool !== pool) await readPool.end();
    },
  };
}

async function openEmbedded(dataDir: string, poolSize: number): Promise<Database> {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lock = acquireDataDirLock(dataDir);
  let worker: Worker;
  let port: number;
  try {
    ({ worker, port } = await startWorker(dataDir, poolSize + 2));
  } catch (error) {
    lock.release();
    throw error;
  }
  const pool = newPool({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres', max: poolSize });
  return {
    kind: 'embedded',
    db: drizzle(pool, { schema }),
    readDb: drizzle(pool, { schema }),
    pool,
    readPool: pool,
    location: dataDir,
    close: () => closeEmbedded(pool, worker, lock),
  };
}

function newPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ idleTimeoutMillis: 30_000, ...config });
  // An idle client's error (server restart, network) must not crash the process.
  pool.on('error', () => {});
  return pool;
}

async function startWorker(dataDir: string, maxConnections: number): Promise<{ worker: Worker; port: number }> {
  const worker = new Worker(workerBootstrap(new URL('./pglite-worker.ts', import.meta.url)), {
    eval: true,
    workerData: { dataDir, maxConnections },
  });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (message: { type: string; port?: number; message?: string }) => {
      if (message.type === 'ready' && message.port) resolve(message.port);
      else reject(new Error(`The embedded database in ${dataDir} failed to start: ${message.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The embedded database worker exited (code ${code})`)));
  });
  return { worker, port };
}

/**
 * The worker is TypeScript too. On Node 20 a worker does not apply `--import` loaders to its own
 * entry file, so a tiny script registers tsx inside the worker and then imports the real entry.
 */
function workerBootstrap(entry: URL): string {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
}

async function closeEmbedded(pool: pg.Pool, worker: Worker, lock: Lock): Promise<void> {
  try {
    await pool.end();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      worker.once('message', (message: { type: string }) => {
        if (message.type === 'stopped') {
          clearTimeout(timer);
          resolve();
        }
      });
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.postMessage('stop');
    });
    await worker.terminate();
  } finally {
    lock.release();
  }
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}
