/** The action context of a signed-in person's request: they act for their active organization. */
import type { FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';

export function actingAs(ctx: Context, request: FastifyRequest): Context {
  return { ...ctx, actor: request.principal!.actor, requestId: request.id };
}

/** The active organization's id (null for a system administrator acting for the whole system). */
export function activeOrganization(request: FastifyRequest): string | null {
  return request.principal!.active.organizationId;
}
