/** /editor/tasks: the tasks and current changes of the organization tree, and acting on them. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { maintenanceOf, type Context } from '../../actions/context.ts';
import { organizationChoices } from '../../actions/catalogue/overview.ts';
import { rulesOf } from '../../actions/catalogue/resources.ts';
import { confirmStillValid } from '../../actions/catalogue/still-valid.ts';
import { PreconditionFailedError, versionTag } from '../../actions/catalogue/version-tag.ts';
import { cancelPostponement, listPostponements, listTasks, postponeTask, taskCounts, TASK_TYPES } from '../../actions/maintenance/tasks.ts';
import { setLinkException } from '../../actions/links/link-exception.ts';
import { ValidationError } from '../../domain/errors.ts';
import { helsinkiMidnight, isTaskType, type TaskType } from '../../domain/maintenance/tasks.ts';
import { isAllowed } from '../../domain/permissions/permissions.ts';
import { sendPage } from '../render.ts';
import { fieldErrors } from './form-errors.ts';
import { TasksPage, type FailedForm } from './pages/tasks.page.tsx';
import { pageContext, requireSignIn, safeNext, setFlash, translate } from './session.ts';
import { actingAs, activeOrganization } from './acting.ts';

type Body = Record<string, string | undefined>;

async function showTasks(ctx: Context, request: FastifyRequest, reply: FastifyReply, query: { type?: string; organization?: string }, failed?: FailedForm) {
  const page = pageContext(request, reply);
  const as = actingAs(ctx, request);
  const organizations = await organizationChoices(as, page.language);
  const organizationId = organizations.find((o) => o.id === query.organization)?.id ?? activeOrganization(request) ?? organizations[0]?.id ?? '';
  const type = query.type && isTaskType(query.type) ? query.type : undefined;
  const scope = organizationId ? { organizationId } : {};
  const [counts, tasks, postponements] = await Promise.all([
    taskCounts(as, scope),
    type ? listTasks(as, type, { ...scope, limit: 100 }) : Promise.resolve([]),
    listPostponements(as, scope),
  ]);
  return sendPage(reply, TasksPage, {
    page,
    organizations,
    organizationId,
    counts,
    types: TASK_TYPES,
    type,
    tasks: tasks.map((task) => ({ ...task, versionTag: versionTag(task.entityId, task.revision) })),
    postponements,
    canEdit: isAllowed(request.principal!.active.role, 'own', 'update', 'service'),
    autoArchiveMonths: maintenanceOf(ctx).autoArchiveMonths,
    failed,
  }, failed ? 400 : 200);
}

/** The task list the form came from (type and organization), for showing it again. */
function queryOf(returnTo: string | undefined): { type?: string; organization?: string } {
  const url = new URL(safeNext(returnTo), 'http://x');
  return { type: url.searchParams.get('type') ?? undefined, organization: url.searchParams.get('organization') ?? undefined };
}

export function editorTaskRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.addHook('preHandler', requireSignIn);
    const csrf = { preHandler: app.csrfProtection };

    app.get<{ Querystring: { type?: string; organization?: string } }>('/', async (request, reply) => showTasks(ctx, request, reply, request.query));

    app.post<{ Body: Body }>('/confirm', csrf, async (request, reply) => {
      const body = request.body ?? {};
      try {
        await confirmStillValid(actingAs(ctx, request), rulesOf(body.kind === 'channel' || body.kind === 'organization' ? body.kind : 'service'), body.entityId ?? '', body.versionTag);
        setFlash(request, { kind: 'success', key: 'confirmedStillValid' });
      } catch (error) {
        if (!(error instanceof PreconditionFailedError)) throw error;
        setFlash(request, { kind: 'error', key: 'staleVersion' });
      }
      return reply.redirect(safeNext(body.returnTo), 303);
    });

    app.post<{ Body: Body }>('/postpone', csrf, async (request, reply) => {
      const body = request.body ?? {};
      const entityId = body.entityId ?? '';
      const until = helsinkiMidnight(body.until ?? '') ?? new Date(Number.NaN);
      try {
        await postponeTask(actingAs(ctx, request), { type: body.type ?? '', entityId, until, reason: body.reason ?? '' });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const errors = fieldErrors(error.violations, translate(request)).map((e) => ({ ...e, field: `${e.field}-${entityId}` }));
        return showTasks(ctx, request, reply, queryOf(body.returnTo), { form: 'postpone', entityId, values: { until: body.until ?? '', reason: body.reason ?? '' }, errors });
      }
      setFlash(request, { kind: 'success', key: 'taskPostponed' });
      return reply.redirect(safeNext(body.returnTo), 303);
    });

    app.post<{ Body: Body }>('/resume', csrf, async (request, reply) => {
      const body = request.body ?? {};
      if (isTaskType(body.type ?? '')) await cancelPostponement(actingAs(ctx, request), body.type as TaskType, body.entityId ?? '');
      setFlash(request, { kind: 'success', key: 'taskBack' });
      return reply.redirect(safeNext(body.returnTo), 303);
    });

    app.post<{ Body: Body }>('/link-exception', csrf, async (request, reply) => {
      const body = request.body ?? {};
      const linkId = body.linkId ?? '';
      try {
        await setLinkException(actingAs(ctx, request), Number.parseInt(linkId, 10), body.comment ?? '');
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const errors = fieldErrors(error.violations, translate(request)).map((e) => ({ ...e, field: `comment-${linkId}` }));
        return showTasks(ctx, request, reply, queryOf(body.returnTo), { form: 'exception', entityId: body.entityId ?? '', linkId, values: { comment: body.comment ?? '' }, errors });
      }
      setFlash(request, { kind: 'success', key: 'exceptionSaved' });
      return reply.redirect(safeNext(body.returnTo), 303);
    });
  };
}
