/**
 * The only module that reads process.env. Every setting Kuvaa understands is listed in
 * `settings` with its default and meaning; the README's configuration table is checked
 * against this list by a test, so the two cannot drift apart.
 */
import path from 'node:path';
import type { MaintenanceSettings } from '../domain/maintenance/tasks.ts';

export interface Setting {
  name: string;
  default: string;
  meaning: string;
}

export const settings: readonly Setting[] = [
  { name: 'PORT', default: '3000', meaning: 'HTTP port the server listens on.' },
  { name: 'HOST', default: '0.0.0.0', meaning: 'Interface the server binds to.' },
  { name: 'DATABASE_URL', default: '(unset)', meaning: 'PostgreSQL connection string. When unset, Kuvaa runs on the embedded database.' },
  { name: 'DATABASE_READ_URL', default: '(unset)', meaning: 'Optional PostgreSQL connection string of a read replica for read-only queries.' },
  { name: 'DATABASE_POOL_SIZE', default: '10', meaning: 'Maximum connections per database pool.' },
  { name: 'KUVAA_DATA_DIR', default: './data/pglite', meaning: 'Directory of the embedded database (used only when DATABASE_URL is unset).' },
  { name: 'PUBLIC_URL', default: 'http://localhost:$PORT', meaning: 'Public base URL of this Kuvaa, used in the API document and links.' },
  { name: 'SECRET_KEY_FILE', default: './data/secret.key', meaning: 'File holding the key that signs API tokens and encrypts editor session cookies. Created with mode 0600 on first start when missing.' },
  { name: 'SECRET_KEY', default: '(unset)', meaning: 'The key itself (at least 32 characters), e.g. from a secret store; when set, SECRET_KEY_FILE is not used.' },
  { name: 'SMTP_URL', default: '(unset)', meaning: 'SMTP server for invitations and password resets, e.g. smtps://user:pass@mail.example.fi:465. When unset, mails go to the outbox folder and the page /dev/outbox shows them.' },
  { name: 'MAIL_FROM', default: 'Kuvaa <kuvaa@localhost>', meaning: 'Sender address of the mails Kuvaa sends.' },
  { name: 'OUTBOX_DIR', default: './data/outbox', meaning: 'Folder of the outbox used when SMTP_URL is unset.' },
  { name: 'SESSION_IDLE_MINUTES', default: '60', meaning: 'Editor sessions end after this many minutes without activity.' },
  { name: 'SESSION_MAX_HOURS', default: '12', meaning: 'Editor sessions end this many hours after signing in, active or not.' },
  { name: 'STALE_WARNING_MONTHS', default: '15', meaning: 'Content not updated nor confirmed still valid for this many months gets a "not updated" task.' },
  { name: 'AUTO_ARCHIVE_MONTHS', default: '18', meaning: 'Published phone channels and service locations not updated for this many months are archived automatically (as in PTV); 0 turns this off.' },
  { name: 'VERSION_RETENTION_DAYS', default: '730', meaning: 'Versions older than this are pruned from the history, keeping the ten newest of each entity and its published version.' },
  { name: 'LINK_RECHECK_HOURS', default: '24', meaning: 'Each link found in content is checked again after this many hours (a link is broken after two failed checks in a row); 0 turns link checking off.' },
  { name: 'LOG_LEVEL', default: 'info', meaning: 'Log level: fatal, error, warn, info, debug, trace or silent.' },
  { name: 'TEST_DATABASE_URL', default: '(unset)', meaning: 'Tests only: run the test suite on this PostgreSQL server instead of the embedded database.' },
];

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databaseReadUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  publicUrl: string;
  logLevel: string;
  secretKeyFile: string;
  secretKey: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  outboxDir: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  maintenance: MaintenanceSettings;
  testDatabaseUrl: string | undefined;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Parses an environment into a Config; throws an Error naming the variable on bad values. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const port = intSetting(env, 'PORT', 3000, 0, 65535);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}"`);
  }
  return {
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    databasePoolSize: intSetting(env, 'DATABASE_POOL_SIZE', 10, 1, 1000),
    dataDir: path.resolve(env.KUVAA_DATA_DIR || './data/pglite'),
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    logLevel,
    secretKeyFile: path.resolve(env.SECRET_KEY_FILE || './data/secret.key'),
    secretKey: secretKeySetting(env.SECRET_KEY),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Kuvaa <kuvaa@localhost>',
    outboxDir: path.resolve(env.OUTBOX_DIR || './data/outbox'),
    sessionIdleMinutes: intSetting(env, 'SESSION_IDLE_MINUTES', 60, 1, 24 * 60),
    sessionMaxHours: intSetting(env, 'SESSION_MAX_HOURS', 12, 1, 24 * 30),
    maintenance: {
      staleWarningMonths: intSetting(env, 'STALE_WARNING_MONTHS', 15, 1, 120),
      autoArchiveMonths: intSetting(env, 'AUTO_ARCHIVE_MONTHS', 18, 0, 240),
      versionRetentionDays: intSetting(env, 'VERSION_RETENTION_DAYS', 730, 1, 36500),
      linkRecheckHours: intSetting(env, 'LINK_RECHECK_HOURS', 24, 0, 24 * 365),
    },
    testDatabaseUrl: env.TEST_DATABASE_URL || undefined,
  };
}

function secretKeySetting(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (value.length < 32) throw new Error('SECRET_KEY must have at least 32 characters');
  return value;
}

function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}; got "${raw}"`);
  }
  return value;
}

let cached: Config | undefined;

/** The process configuration, parsed once on first use. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
