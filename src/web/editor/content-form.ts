/**
 * The create and edit routes every content form shares (services, channels, organizations):
 * GET/POST `/new` and `/:id`. A save carries the version tag the form was loaded with; a rejected
 * save shows the form again with the user's input and the violations at their fields, and a
 * conflict lists the versions saved meanwhile. The kinds differ only in how the form maps to
 * content and what their page shows.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { rulesOf } from '../../actions/catalogue/resources.ts';
import { createEntity, replaceEntity } from '../../actions/catalogue/entity-lifecycle.ts';
import { entityHistory, getOwnedEntity } from '../../actions/catalogue/read-entities.ts';
import { PreconditionFailedError, versionTag } from '../../actions/catalogue/version-tag.ts';
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import { ValidationError } from '../../domain/errors.ts';
import type { FieldError } from './components.tsx';
import { fieldErrors } from './form-errors.ts';
import type { Conflict } from './pages/service.page.tsx';
import { pageContext, setFlash, translate } from './session.ts';
import { entitySummary } from './lifecycle.routes.ts';
import { actingAs } from './acting.ts';

export type Kind = 'service' | 'channel' | 'organization';
export type FormBody = Record<string, string | string[] | undefined>;

/** What the form page is shown with. */
export interface Show<V> {
  values: V;
  row?: EntityRow | undefined;
  errors?: FieldError[];
  conflict?: Conflict;
  /** Extra for the page (e.g. ontology-term candidates). */
  extra?: Record<string, unknown>;
  status?: number;
}

export interface ContentFormSpec<V> {
  kind: Kind;
  /** The values of a new form. */
  newValues(request: FastifyRequest): V;
  fromBody(body: FormBody, request: FastifyRequest, row: EntityRow | undefined): V;
  fromContent(content: Record<string, unknown>): V;
  toContent(values: V, base: Record<string, unknown>): Record<string, unknown>;
  /** Runs before saving; a returned error shows the form again and saves nothing. */
  beforeSave?(request: FastifyRequest, values: V): Promise<{ error?: FieldError; extra?: Record<string, unknown> }>;
  show(request: FastifyRequest, reply: FastifyReply, show: Show<V>): Promise<FastifyReply>;
}

/** Versions saved after the one the form was loaded with, for the conflict notice. */
export async function conflictOf(ctx: Context, kind: Kind, id: string, loadedVersion: string | undefined): Promise<Conflict> {
  const [major = 0, minor = 0] = (loadedVersion ?? '0.0').split('.').map(Number);
  const newer = (await entityHistory(ctx, kind, id)).filter((v) => v.major > major || (v.major === major && v.minor > minor));
  return { versions: newer.map((v) => ({ version: v.version, actor: v.actor, at: v.at, changedFields: v.changedFields })) };
}

const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export function registerContentForm<V>(app: FastifyInstance, ctx: Context, spec: ContentFormSpec<V>): void {
  const csrf = { preHandler: app.csrfProtection };
  const rules = rulesOf(spec.kind);
  const pageOf = (id: string) => `/editor/${spec.kind}s/${id}`;

  /** Saves (a new entity when `row` is undefined); answers with a redirect or the form again. */
  async function save(request: FastifyRequest<{ Body: FormBody }>, reply: FastifyReply, row: EntityRow | undefined) {
    const as = actingAs(ctx, request);
    const body = request.body ?? {};
    const values = spec.fromBody(body, request, row);
    const checked = spec.beforeSave ? await spec.beforeSave(request, values) : {};
    if (checked.error) return spec.show(request, reply, { values, row, errors: [checked.error], extra: checked.extra ?? {}, status: 400 });
    try {
      const saved = row ? await replaceEntity(as, rules, row.id, spec.toContent(values, row.workingContent), text(body.versionTag)) : await createEntity(as, rules, spec.toContent(values, {}));
      setFlash(request, { kind: 'success', key: row ? 'savedDraft' : 'createdDraft' });
      return reply.redirect(pageOf(saved.id), 303);
    } catch (error) {
      // keep everything typed; after a conflict the form carries the current version tag, so saving again is a deliberate choice
      if (row && error instanceof PreconditionFailedError) return spec.show(request, reply, { values, row, conflict: await conflictOf(as, spec.kind, row.id, text(body.loadedVersion)), status: 409 });
      if (!(error instanceof ValidationError)) throw error;
      return spec.show(request, reply, { values, row, errors: fieldErrors(error.violations, translate(request)), status: 400 });
    }
  }

  app.get('/new', async (request, reply) => spec.show(request, reply, { values: spec.newValues(request) }));
  app.post<{ Body: FormBody }>('/new', csrf, async (request, reply) => save(request, reply, undefined));
  app.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    const row = await getOwnedEntity(actingAs(ctx, request), spec.kind, request.params.id);
    return spec.show(request, reply, { values: spec.fromContent(row.workingContent), row });
  });
  app.post<{ Params: { id: string }; Body: FormBody }>('/:id', csrf, async (request, reply) => save(request, reply, await getOwnedEntity(actingAs(ctx, request), spec.kind, request.params.id)));
}

/** What every content form page gets: the page, the content's head, the values, its version tag and the errors or conflict. */
export async function formPageBase<V>(ctx: Context, request: FastifyRequest, reply: FastifyReply, show: Show<V>) {
  const page = pageContext(request, reply);
  const as = actingAs(ctx, request);
  return {
    page,
    as,
    props: {
      page,
      entity: show.row ? await entitySummary(as, show.row, page.language) : undefined,
      values: show.values,
      versionTag: show.row ? versionTag(show.row.id, show.row.revision) : undefined,
      loadedVersion: show.row ? `${show.row.versionMajor}.${show.row.versionMinor}` : undefined,
      errors: show.errors ?? [],
      conflict: show.conflict,
    },
  };
}
