/**
 * The `kuvaa` commands. Each prints what it did to stdout (JSON where a program reads it) and
 * problems to stderr; the caller turns a thrown error into exit code 1.
 */
import { buildApp } from '../api/app.ts';
import { renderOpenApi, writeOpenApi, OPENAPI_FILE } from '../api/openapi.ts';
import { migrateDatabase, schemaVersion, migrationJournal } from '../db/migrate.ts';
import { loadCodeLists } from '../db/seed/load-code-lists.ts';
import type { Runtime } from './runtime.ts';
import type { Context } from '../actions/context.ts';
import fs from 'node:fs';
import { createApiClient } from '../actions/api-clients/api-clients.ts';
import { seedDemoCatalogue } from '../actions/demo/seed-demo-catalogue.ts';
import { DEMO_PEOPLE, seedDemoPeople } from '../actions/demo/seed-demo-people.ts';
import path from 'node:path';
import type { Role } from '../domain/permissions/permissions.ts';
import { backfillPublicViews } from '../actions/catalogue/public-view.ts';
import { backfillSearchIndex } from '../actions/search/index-entity.ts';
import { generatePassword, grantRole, SYSTEM_ORGANIZATION } from '../actions/people/people.ts';
import { startWorker } from '../jobs/definitions.ts';

export type Log = (line: string) => void;

export async function migrateCommand(rt: Runtime, log: Log): Promise<void> {
  const tag = await migrateDatabase(rt.database);
  log(`Database schema is up to date (${tag}) in ${rt.database.location}`);
}

/** Loads the code lists, then (unless `demo` is false) the demo catalogue into an empty catalogue. */
export async function seedCommand(rt: Runtime, log: Log, options: { codeListDir?: string | undefined; demo?: boolean } = {}): Promise<void> {
  const results = await loadCodeLists(rt.database, { dir: options.codeListDir });
  const loaded = results.filter((r) => r.status === 'loaded');
  for (const r of loaded) log(`Loaded code list ${r.name}: ${r.count} items (${r.versionLabel})`);
  log(`Code lists: ${loaded.length} loaded, ${results.length - loaded.length} unchanged`);
  const backfilled = await backfillPublicViews(rt.database);
  if (backfilled) log(`Computed the public view of ${backfilled} published items`);
  const indexed = await backfillSearchIndex(rt.database);
  if (indexed) log(`Added ${indexed} items to the search index`);
  if (options.demo === false) return;
  const started = performance.now();
  const demo = await seedDemoCatalogue(rt.ctx);
  if (demo.skipped) {
    log('Demo catalogue: skipped, the catalogue already has content');
  } else {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(`Demo catalogue: ${demo.organizations} organizations, ${demo.services} services, ${demo.channels} channels, ${demo.connections} connections (${seconds} s; "--no-demo" skips it)`);
  }
  await demoPeople(rt, log, demo.skipped);
}

/** Creates the demo people on a fresh demo catalogue and keeps their sign-in in a private file. */
async function demoPeople(rt: Runtime, log: Log, catalogueExisted: boolean): Promise<void> {
  const file = path.join(path.dirname(rt.config.secretKeyFile), 'demo-people.txt');
  const created = catalogueExisted ? undefined : await seedDemoPeople(rt.ctx);
  if (created) {
    const lines = DEMO_PEOPLE.map((p) => `${p.email}\t${p.role}`).join('\n');
    fs.writeFileSync(file, `Demo people of this Kuvaa (password for all: ${created.password})\n${lines}\n`, { mode: 0o600 });
  }
  if (fs.existsSync(file)) log(`Editor demo sign-in (${rt.config.publicUrl}/sign-in): ${fs.readFileSync(file, 'utf8').trim().replace(/\n/g, '\n  ')}`);
}

async function requireCurrentSchema(rt: Runtime): Promise<void> {
  const journal = migrationJournal().entries;
  const newest = journal[journal.length - 1]?.tag;
  const current = await schemaVersion(rt.database).catch(() => undefined);
  if (current !== newest) {
    throw new Error(`The database schema is ${current ?? 'empty'}, this Kuvaa needs ${newest}. Run "npx kuvaa migrate" first (npm start does it for you).`);
  }
}

function untilSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** Serves until SIGINT/SIGTERM, with a job worker inside unless `worker` is false (then run `kuvaa worker`). */
export async function serveCommand(rt: Runtime, log: Log, options: { worker?: boolean } = {}): Promise<void> {
  await requireCurrentSchema(rt);
  const app = await buildApp(rt.ctx, {
    logger: { level: rt.config.logLevel },
    editor: { session: { idleMinutes: rt.config.sessionIdleMinutes, maxHours: rt.config.sessionMaxHours } },
  });
  await app.listen({ port: rt.config.port, host: rt.config.host });
  log(`Kuvaa is ready at ${rt.config.publicUrl} (database: ${rt.database.kind}, ${rt.database.location})`);
  // Jobs (scheduled publishing and archiving within seconds of their minute, …) run in this process too.
  const worker = options.worker === false ? undefined : startWorker(rt.ctx, { onError: (error) => app.log.error({ err: error }, 'job worker tick failed') });
  await untilSignal();
  log('Stopping…');
  await worker?.stop();
  await app.close();
}

/** Runs jobs only (scale-out beside `kuvaa serve`); any number of workers may run at once. */
export async function workerCommand(rt: Runtime, log: Log): Promise<void> {
  await requireCurrentSchema(rt);
  const worker = startWorker(rt.ctx, { onError: (error) => log(`job worker tick failed: ${error instanceof Error ? error.message : String(error)}`) });
  log(`Kuvaa job worker ${worker.runner.workerId} is running (database: ${rt.database.kind})`);
  await untilSignal();
  log('Stopping…');
  await worker.stop();
}

/** Writes the OpenAPI document, or with `check` fails when the committed one is stale. */
export async function openApiCommand(ctx: Context, log: Log, check: boolean): Promise<void> {
  const app = await buildApp(ctx);
  await app.ready();
  if (check) {
    const committed = fs.existsSync(OPENAPI_FILE) ? fs.readFileSync(OPENAPI_FILE, 'utf8') : '';
    if (committed !== renderOpenApi(app)) throw new Error(`${OPENAPI_FILE} is stale: run "npm run openapi:write"`);
    log('The committed OpenAPI document is up to date');
  } else {
    writeOpenApi(app);
    log(`Wrote ${OPENAPI_FILE}`);
  }
  await app.close();
}

/** Creates an API client and prints its credentials as JSON (the secret is shown only here). */
export async function apiClientCreateCommand(
  rt: Runtime,
  log: Log,
  options: { name?: string | undefined; organization?: string | undefined; system?: boolean | undefined; role?: string | undefined },
): Promise<void> {
  if (!options.name) throw new Error('api-client create needs --name NAME');
  if (!options.organization === !options.system) throw new Error('api-client create needs either --organization ORG_ID or --system');
  const roles: Record<string, Role> = { 'main-user': 'mainUser', maintainer: 'maintainer', viewer: 'viewer' };
  const role = options.role === undefined ? undefined : roles[options.role];
  if (options.role !== undefined && !role) throw new Error('--role must be main-user, maintainer or viewer');
  const created = await createApiClient(rt.ctx, { name: options.name, organizationId: options.organization ?? null, role });
  log(JSON.stringify(created));
}

/** Creates (or finds) a person and grants a role; prints JSON, with a generated password when none was given. */
export async function grantRoleCommand(
  rt: Runtime,
  log: Log,
  options: { email?: string | undefined; password?: string | undefined; organization?: string | undefined; role?: string | undefined; admin: boolean },
): Promise<void> {
  if (!options.email) throw new Error('--email is required');
  const roles: Record<string, Role> = { 'main-user': 'mainUser', maintainer: 'maintainer', viewer: 'viewer' };
  const role: Role | undefined = options.admin ? 'systemAdministrator' : roles[options.role ?? ''];
  if (!role) throw new Error('--role must be main-user, maintainer or viewer');
  if (!options.admin && !options.organization) throw new Error('--organization ORG_ID is required');
  const password = options.password ?? generatePassword();
  const result = await grantRole(rt.ctx, { email: options.email, password, organizationId: options.admin ? SYSTEM_ORGANIZATION : options.organization!, role });
  log(JSON.stringify({ ...result, ...(options.password ? {} : { password }) }));
}
