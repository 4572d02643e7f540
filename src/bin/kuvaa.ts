/**
 * Composition root of the `kuvaa` command line: reads the configuration, opens the database and
 * runs one command. `start` = migrate + seed + serve, what `npm start` runs.
 */
import { parseArgs } from 'node:util';
import { config } from '../config/env.ts';
import { openRuntime, type Runtime } from '../cli/runtime.ts';
import { apiClientCreateCommand, grantRoleCommand, migrateCommand, openApiCommand, seedCommand, serveCommand, workerCommand } from '../cli/commands.ts';
import { systemClock } from '../adapters/clock.ts';
import type { Database } from '../db/db.ts';

const USAGE = `Usage: kuvaa <command> [options]

Commands:
  start [--no-demo]     migrate, load code lists (and the demo catalogue) and serve (what "npm start" runs)
  serve [--no-worker]   serve the web application and API on PORT, with a job worker inside
                        (--no-worker: leave the jobs to "kuvaa worker" processes)
  worker                run background jobs (scheduled publishing …); run as many as you like
  migrate               bring the database schema up to date
  seed [--code-lists DIR] [--no-demo]
                        load the national code lists (only changed lists are loaded again)
                        and, into an empty catalogue, the demo catalogue (not with --no-demo)
  create-admin --email E [--password P]
                        create a system administrator; prints a generated password when none is given
  user create --email E --organization ORG_ID --role main-user|maintainer|viewer [--password P]
                        create a person (or add a role to one) in an organization
  api-client create --name NAME (--organization ORG_ID [--role main-user|maintainer|viewer] | --system)
                        create an API client; prints its id and secret as JSON
  openapi [--write|--check]
                        write or check the committed OpenAPI document

Configuration comes from environment variables; see the README.`;

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'code-lists': { type: 'string' },
      write: { type: 'boolean' },
      check: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      name: { type: 'string' },
      organization: { type: 'string' },
      system: { type: 'boolean' },
      'no-demo': { type: 'boolean' },
      'no-worker': { type: 'boolean' },
      role: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
    },
  });
  const command = positionals[0];
  if (!command || values.help) {
    log(USAGE);
    return;
  }
  if (command === 'openapi') {
    // The document comes from the route schemas alone: no database is opened.
    const offline = new Proxy({}, { get: () => { throw new Error('no database while generating the API document'); } }) as Database;
    return openApiCommand({ database: offline, clock: systemClock }, log, values.check === true);
  }
  const run: Record<string, (rt: Runtime) => Promise<void>> = {
    migrate: (rt) => migrateCommand(rt, log),
    seed: (rt) => seedCommand(rt, log, { codeListDir: values['code-lists'], demo: values['no-demo'] !== true }),
    serve: (rt) => serveCommand(rt, log, { worker: values['no-worker'] !== true }),
    worker: (rt) => workerCommand(rt, log),
    'create-admin': (rt) => grantRoleCommand(rt, log, { email: values.email, password: values.password, admin: true }),
    user: (rt) => {
      if (positionals[1] !== 'create') throw new Error('Usage: kuvaa user create --email E --organization ORG_ID --role main-user|maintainer|viewer [--password P]');
      return grantRoleCommand(rt, log, { email: values.email, password: values.password, organization: values.organization, role: values.role, admin: false });
    },
    'api-client': (rt) => {
      if (positionals[1] !== 'create') throw new Error('Usage: kuvaa api-client create --name NAME (--organization ORG_ID | --system)');
      return apiClientCreateCommand(rt, log, values);
    },
    start: async (rt) => {
      await migrateCommand(rt, log);
      await seedCommand(rt, log, { demo: values['no-demo'] !== true });
      await serveCommand(rt, log);
    },
  };
  const action = run[command];
  if (!action) throw new Error(`Unknown command "${command}".\n\n${USAGE}`);
  const rt = await openRuntime(config());
  try {
    await action(rt);
  } finally {
    await rt.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`kuvaa: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
