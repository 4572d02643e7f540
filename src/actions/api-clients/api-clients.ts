/**
 * API clients: integrations that write through the API with OAuth2 client credentials. A client
 * acts for one organization and its sub-organizations, or for the whole system. The secret is
 * shown once and stored only as a salted scrypt hash.
 */
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import * as repo from '../../db/repositories/api-clients.repository.ts';
import { findEntity } from '../../db/repositories/entities.repository.ts';
import { DomainError, ValidationError } from '../../domain/errors.ts';
import type { Actor, Context } from '../context.ts';
import type { Role } from '../../domain/permissions/permissions.ts';

const scrypt = promisify(crypto.scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

export class InvalidClientError extends DomainError {
  constructor() {
    super('Unknown client id, wrong secret, or a revoked client');
    this.name = 'InvalidClientError';
  }
}

export async function hashSecret(secret: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  return `scrypt$${salt.toString('base64url')}$${(await scrypt(secret, salt, 32)).toString('base64url')}`;
}

async function secretMatches(secret: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const actual = await scrypt(secret, Buffer.from(salt, 'base64url'), 32);
  const expected = Buffer.from(hash, 'base64url');
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

/** Creates a client; returns its id and the secret, which is never retrievable again. */
export async function createApiClient(
  ctx: Context,
  input: { name: string; organizationId: string | null; role?: Role },
): Promise<{ clientId: string; clientSecret: string }> {
  if (!input.name.trim()) throw new ValidationError([{ path: 'name', code: 'required', message: 'A client needs a name' }]);
  const role: Role = input.organizationId === null ? 'systemAdministrator' : (input.role ?? 'mainUser');
  if (input.organizationId !== null && role === 'systemAdministrator') {
    throw new ValidationError([{ path: 'role', code: 'notAllowed', message: 'A client of an organization cannot be a system administrator' }]);
  }
  if (input.organizationId && !(await findEntity(ctx.database.db, 'organization', input.organizationId))) {
    throw new ValidationError([{ path: 'organization', code: 'unknownOrganization', message: `No organization with id ${input.organizationId}` }]);
  }
  const clientId = `kuvaa-${crypto.randomBytes(9).toString('base64url')}`;
  const clientSecret = crypto.randomBytes(32).toString('base64url');
  await repo.insertApiClient(ctx.database.db, {
    id: clientId,
    name: input.name.trim(),
    secretHash: await hashSecret(clientSecret),
    organizationId: input.organizationId,
    role,
    createdAt: ctx.clock.now(),
  });
  return { clientId, clientSecret };
}

/** The actor of a client whose credentials are right; throws InvalidClientError otherwise. */
export async function authenticateApiClient(ctx: Context, clientId: string, clientSecret: string): Promise<Actor> {
  const client = await repo.findApiClient(ctx.database.db, clientId);
  if (!client || client.revokedAt || !(await secretMatches(clientSecret, client.secretHash))) throw new InvalidClientError();
  return actorOfClient(client);
}

function actorOfClient(client: repo.ApiClientRow): Actor {
  return { type: 'apiClient', id: client.id, organizationId: client.organizationId, role: client.role as Role };
}

/** The actor of a token's client, if the client still exists and is not revoked. */
export async function activeClientActor(ctx: Context, clientId: string): Promise<Actor | undefined> {
  const client = await repo.findApiClient(ctx.database.db, clientId);
  if (!client || client.revokedAt) return undefined;
  return actorOfClient(client);
}
