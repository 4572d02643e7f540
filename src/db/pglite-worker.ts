/**
 * Runs the embedded PostgreSQL (PGlite, WebAssembly) in a worker thread and exposes it on a
 * loopback TCP port through pglite-socket, so the application talks to it with `pg` exactly as
 * it talks to a PostgreSQL server, and PGlite's CPU work never blocks the HTTP event loop.
 *
 * Protocol with the parent: workerData = { dataDir, maxConnections }; the worker posts
 * { type: 'ready', port } or { type: 'error', message }; the parent posts 'stop' and the
 * worker answers { type: 'stopped' } after PGlite has flushed and closed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface WorkerInput {
  dataDir: string;
  maxConnections: number;
}

const input = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error('pglite-worker must run in a worker thread');

async function main(): Promise<void> {
  const db = await PGlite.create({ dataDir: input.dataDir, extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: input.maxConnections,
  });
  await server.start();
  const conn = server.getServerConn();
  port!.on('message', (message: unknown) => {
    if (message !== 'stop') return;
    void (async () => {
      await server.stop();
      await db.close();
      port!.postMessage({ type: 'stopped' });
    })();
  });
  port!.postMessage({ type: 'ready', port: Number(conn.slice(conn.lastIndexOf(':') + 1)) });
}

main().catch((error: unknown) => {
  port.postMessage({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
});
