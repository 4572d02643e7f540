/** /api/v1/organizations/{organizationId}/people: main users manage the people of their tree. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../../actions/context.ts';
import { changeRole, invitePerson, listPeople, removePerson, resendInvitation } from '../../actions/people/manage-people.ts';
import { problems } from '../common.schemas.ts';
import { ORGANIZATION_ROLES } from '../../domain/permissions/permissions.ts';
import { requireClient } from '../auth/auth.ts';

const RoleSchema = Type.Union(ORGANIZATION_ROLES.map((role) => Type.Literal(role)), { description: 'Role in the organization (and its sub-organizations): mainUser (pääkäyttäjä), maintainer (ylläpitäjä) or viewer.' });

const Person = Type.Object(
  {
    userId: Type.String({ format: 'uuid', description: 'Id of the person.' }),
    email: Type.String({ description: 'Email address (lower-case).' }),
    name: Type.Union([Type.String(), Type.Null()], { description: 'Name, when the person has given one.' }),
    organizationId: Type.String({ format: 'uuid', description: 'Organization of this role.' }),
    role: Type.String({ description: 'mainUser, maintainer or viewer.' }),
    status: Type.Union([Type.Literal('active'), Type.Literal('invited'), Type.Literal('invitationExpired'), Type.Literal('disabled')], { description: 'active: has signed up; invited: the invitation link is open; invitationExpired: invite again; disabled.' }),
    invitationExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'When the open invitation expires.' }),
    lastSignInAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'Latest sign-in to the editor.' }),
  },
  { description: 'A person with a role in the organization.' },
);

const MailOutcome = {
  mailSent: Type.Boolean({ description: 'Whether the mail went out; when not, the change is still saved: send the invitation again.' }),
  mailError: Type.Optional(Type.String({ description: 'Why the mail did not go out.' })),
};

const InviteBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254, description: 'Email address of the person.' }),
    role: RoleSchema,
    name: Type.Optional(Type.String({ maxLength: 200, description: 'Name of the person (they may change it when accepting).' })),
    language: Type.Optional(Type.Union([Type.Literal('fi'), Type.Literal('sv'), Type.Literal('en')], { description: 'Language of the invitation mail and the editor; default fi.' })),
  },
  { additionalProperties: false },
);

const OrgParams = Type.Object({ organizationId: Type.String({ format: 'uuid', description: 'Organization id.' }) });
const PersonParams = Type.Object({ ...OrgParams.properties, userId: Type.String({ format: 'uuid', description: 'Id of the person.' }) });

export function peopleRoutes(ctx: Context) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ['People'];
    const preHandler = requireClient(ctx);
    const security = [{ bearer: [] }];
    const as = (request: FastifyRequest): Context => ({ ...ctx, actor: request.actor, requestId: request.id });
    app.get('', {
      preHandler,
      schema: { security, tags, summary: 'People with a role in the organization', params: OrgParams, querystring: Type.Object({ includeSubOrganizations: Type.Boolean({ default: false, description: 'Also people of sub-organizations at any depth.' }) }), response: { 200: Type.Array(Person, { description: 'People.' }), ...problems(400, 401, 403, 404) } },
    }, (request) => listPeople(as(request), request.params.organizationId, request.query.includeSubOrganizations));
    app.post('', {
      preHandler,
      schema: { security, tags, summary: 'Invite a person: gives the role and mails a one-time link (7 days) to choose a password', params: OrgParams, body: InviteBody, response: { 201: Type.Object({ person: Person, ...MailOutcome }, { description: 'The person and the mail outcome.' }), ...problems(400, 401, 403, 404, 409) } },
    }, async (request, reply) => reply.code(201).send(await invitePerson(as(request), request.params.organizationId, request.body)));
    app.patch('/:userId', {
      preHandler,
      schema: { security, tags, summary: 'Change the person\'s role', params: PersonParams, body: Type.Object({ role: RoleSchema }, { additionalProperties: false }), response: { 200: Person, ...problems(400, 401, 403, 404, 409) } },
    }, (request) => changeRole(as(request), request.params.organizationId, request.params.userId, request.body.role));
    app.delete('/:userId', {
      preHandler,
      schema: { security, tags, summary: 'Remove the person from the organization (their roles elsewhere stay)', params: PersonParams, response: { 204: Type.Null({ description: 'Removed.' }), ...problems(401, 403, 404, 409) } },
    }, async (request, reply) => {
      await removePerson(as(request), request.params.organizationId, request.params.userId);
      return reply.code(204).send(null);
    });
    app.post('/:userId/invitation', {
      preHandler,
      schema: { security, tags, summary: 'Mail a new invitation link to a person who has not activated their account', params: PersonParams, response: { 200: Type.Object(MailOutcome, { description: 'The mail outcome.' }), ...problems(401, 403, 404, 409) } },
    }, (request) => resendInvitation(as(request), request.params.organizationId, request.params.userId));
  };
}
