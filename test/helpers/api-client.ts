/** API clients and Bearer tokens for tests that write through the API. */
import type { FastifyInstance } from 'fastify';
import { createApiClient } from '../../src/actions/api-clients/api-clients.ts';
import type { Context } from '../../src/actions/context.ts';
import type { Role } from '../../src/domain/permissions/permissions.ts';

/** A Bearer token of a new client acting for `organizationId` (null = the whole system). */
export async function tokenFor(app: FastifyInstance, ctx: Context, organizationId: string | null, role?: Role): Promise<string> {
  const { clientId, clientSecret } = await createApiClient(ctx, { name: 'test client', organizationId, ...(role ? { role } : {}) });
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/token', payload: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } });
  if (response.statusCode !== 200) throw new Error(`token: ${response.statusCode} ${response.body}`);
  return response.json().access_token as string;
}
