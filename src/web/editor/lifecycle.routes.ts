/**
 * The publish, withdraw, archive, restore, copy and history pages of a content (services,
 * channels and organizations). Every action posts the version tag the page was loaded with.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { rulesOf } from '../../actions/catalogue/resources.ts';
import { copyOwnerSetter } from '../../actions/catalogue/mass-actions.ts';
import { organizationChoices } from '../../actions/catalogue/overview.ts';
import { archiveEntity, copyEntity, publishEntity, restoreEntity, StateError, withdrawEntity } from '../../actions/catalogue/entity-lifecycle.ts';
import { getOwnedEntity, pendingSchedules } from '../../actions/catalogue/read-entities.ts';
import { publishCheck } from '../../actions/catalogue/publish-check.ts';
import { scheduleAction } from '../../actions/catalogue/schedule.ts';
import { PreconditionFailedError, versionTag } from '../../actions/catalogue/version-tag.ts';
import { ValidationError, type Violation } from '../../domain/errors.ts';
import { helsinkiInstant } from '../../domain/service-hours/helsinki-time.ts';
import type { LanguageCode } from '../../shared/language.ts';
import { sendPage } from '../render.ts';
import { fieldErrors } from './form-errors.ts';
import { ArchivePage, PublishPage, WithdrawConfirmPage } from './pages/lifecycle.page.tsx';
import { HistoryPage } from './pages/history.page.tsx';
import { historyPageData } from './history-names.ts';
import type { EntitySummary } from './pages/entity-tabs.tsx';
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import { CONTENT_LANGUAGES, textIn, type UiLanguage } from '../../shared/language.ts';
import { languageOf, pageContext, setFlash, translate } from './session.ts';
import { actingAs } from './acting.ts';

type Kind = 'service' | 'channel' | 'organization';

/** The head of a content's pages. */
export async function entitySummary(ctx: Context, row: EntityRow, language: UiLanguage): Promise<EntitySummary> {
  const scheduled = await pendingSchedules(ctx, row.id);
  return {
    id: row.id,
    kind: row.kind as EntitySummary['kind'],
    name: textIn((row.workingContent.name ?? {}) as Record<string, string>, language),
    version: `${row.versionMajor}.${row.versionMinor}`,
    status: row.status,
    languageStatus: row.languageStatus as Record<string, string>,
    modifiedAt: row.modifiedAt.toISOString(),
    scheduled: scheduled.map((s) => ({ action: s.action, languages: s.languages, dueAt: s.dueAt.toISOString() })),
  };
}


type Params = { Params: { id: string }; Body: Record<string, string | string[] | undefined> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
const many = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

/** The scheduled instant of the form, or a violation naming the date field. */
function scheduledAt(body: Params['Body'], field: string): { at?: Date; violation?: Violation } {
  if (one(body.when) !== 'later') return {};
  const at = helsinkiInstant(one(body.date), one(body.time) || '09:00');
  return at ? { at } : { violation: { path: field, code: 'invalidSchedule', message: 'invalidSchedule' } };
}

export function registerLifecycleRoutes(app: FastifyInstance, ctx: Context, kind: Kind): void {
  const rules = rulesOf(kind);
  const csrf = { preHandler: app.csrfProtection };
  const base = (id: string) => `/editor/${kind}s/${id}`;

  async function showPublish(request: FastifyRequest<Params>, reply: FastifyReply, values: Record<string, string> = {}, errors: ReturnType<typeof fieldErrors> = [], status = 200) {
    const as = actingAs(ctx, request);
    const row = await getOwnedEntity(as, kind, request.params.id);
    const page = pageContext(request, reply);
    const checks = await publishCheck(as, rules, row);
    return sendPage(reply, PublishPage, { page, entity: await entitySummary(as, row, page.language), checks, values: { ...values, versionTag: versionTag(row.id, row.revision) }, errors }, status);
  }

  app.get<Params>('/:id/publish', async (request, reply) => showPublish(request, reply));

  app.post<Params>('/:id/publish', csrf, async (request, reply) => {
    const body = request.body ?? {};
    const t = translate(request);
    const values = { when: one(body.when), date: one(body.date), time: one(body.time) };
    const languages = many(body.languages) as LanguageCode[];
    const schedule = scheduledAt(body, 'publishDate');
    const problems: Violation[] = [];
    if (languages.length === 0) problems.push({ path: 'languages', code: 'chooseLanguage', message: t('chooseLanguage') });
    if (schedule.violation) problems.push({ ...schedule.violation, message: t('invalidSchedule') });
    if (problems.length) return showPublish(request, reply, values, fieldErrors(problems, t).map((e) => ({ ...e, message: problems.find((p) => p.path === e.field)!.message })), 400);
    const as = actingAs(ctx, request);
    try {
      if (schedule.at) {
        const scheduled = await scheduleAction(as, rules, request.params.id, 'publish', languages, schedule.at, one(body.versionTag));
        setFlash(request, { kind: 'success', key: 'scheduledOk', vars: { date: scheduled.dueAt.toLocaleString(`${languageOf(request)}-FI`, { timeZone: 'Europe/Helsinki' }) } });
      } else {
        await publishEntity(as, rules, request.params.id, languages, one(body.versionTag));
        setFlash(request, { kind: 'success', key: 'publishedOk', vars: { languages: languages.join(', ').toUpperCase() } });
      }
      return reply.redirect(base(request.params.id), 303);
    } catch (error) {
      if (error instanceof PreconditionFailedError) return showPublish(request, reply, values, [{ field: '', message: t('staleVersion') }], 409);
      if (!(error instanceof ValidationError)) throw error;
      const errors = error.violations.map((v) => (v.path === 'at' ? { field: 'publishDate', message: t('invalidSchedule') } : { field: '', message: v.message }));
      return showPublish(request, reply, values, errors, 400);
    }
  });

  async function showArchive(request: FastifyRequest<Params>, reply: FastifyReply, values: Record<string, string> = {}, errors: ReturnType<typeof fieldErrors> = [], status = 200) {
    const as = actingAs(ctx, request);
    const row = await getOwnedEntity(as, kind, request.params.id);
    const page = pageContext(request, reply);
    const organizations = await organizationChoices(as, page.language);
    return sendPage(reply, ArchivePage, { page, entity: await entitySummary(as, row, page.language), versionTag: versionTag(row.id, row.revision), organizations, values, errors }, status);
  }

  app.get<Params>('/:id/archive', async (request, reply) => showArchive(request, reply));

  app.post<Params>('/:id/archive', csrf, async (request, reply) => {
    const body = request.body ?? {};
    const t = translate(request);
    const values = { when: one(body.when), date: one(body.date), time: one(body.time) };
    const schedule = scheduledAt(body, 'archiveDate');
    if (schedule.violation) return showArchive(request, reply, values, [{ field: 'archiveDate', message: t('invalidSchedule') }], 400);
    const as = actingAs(ctx, request);
    try {
      if (schedule.at) {
        const scheduled = await scheduleAction(as, rules, request.params.id, 'archive', [], schedule.at, one(body.versionTag));
        setFlash(request, { kind: 'success', key: 'scheduledOk', vars: { date: scheduled.dueAt.toLocaleString(`${languageOf(request)}-FI`, { timeZone: 'Europe/Helsinki' }) } });
      } else {
        await archiveEntity(as, rules, request.params.id, undefined, one(body.versionTag));
        setFlash(request, { kind: 'success', key: 'archivedOk' });
      }
      return reply.redirect(base(request.params.id), 303);
    } catch (error) {
      if (error instanceof PreconditionFailedError) return showArchive(request, reply, values, [{ field: '', message: t('staleVersion') }], 409);
      if (!(error instanceof ValidationError)) throw error;
      return showArchive(request, reply, values, [{ field: 'archiveDate', message: t('invalidSchedule') }], 400);
    }
  });

  app.post<Params>('/:id/restore', csrf, async (request, reply) => {
    try {
      await restoreEntity(actingAs(ctx, request), rules, request.params.id, one(request.body?.versionTag));
      setFlash(request, { kind: 'success', key: 'restoredOk' });
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      setFlash(request, { kind: 'error', key: 'staleVersion' });
    }
    return reply.redirect(base(request.params.id), 303);
  });

  app.post<Params>('/:id/copy', csrf, async (request, reply) => {
    const copy = await copyEntity(actingAs(ctx, request), rules, request.params.id, one(request.body?.organizationId), copyOwnerSetter(kind));
    setFlash(request, { kind: 'success', key: 'copiedOk' });
    return reply.redirect(base(copy.id), 303);
  });

  app.get<Params>('/:id/history', async (request, reply) => {
    const as = actingAs(ctx, request);
    const row = await getOwnedEntity(as, kind, request.params.id);
    const page = pageContext(request, reply);
    const history = await historyPageData(as, kind, row.id, page.language);
    return sendPage(reply, HistoryPage, { page, entity: await entitySummary(as, row, page.language), ...history });
  });

  async function showWithdrawConfirm(request: FastifyRequest<Params>, reply: FastifyReply, languages: string[], tag: string) {
    const as = actingAs(ctx, request);
    const row = await getOwnedEntity(as, kind, request.params.id);
    const page = pageContext(request, reply);
    return sendPage(reply, WithdrawConfirmPage, { page, entity: await entitySummary(as, row, page.language), languages, versionTag: tag });
  }

  // the first post chooses the languages and shows the confirmation; the second (confirm=1) withdraws
  app.post<Params>('/:id/withdraw', csrf, async (request, reply) => {
    const body = request.body ?? {};
    const t = translate(request);
    const languages = [...new Set(many(body.languages))].filter((lang): lang is LanguageCode => (CONTENT_LANGUAGES as readonly string[]).includes(lang));
    if (languages.length === 0) return showPublish(request, reply, {}, [{ field: 'withdrawLanguages', message: t('chooseLanguage') }], 400);
    if (one(body.confirm) !== '1') return showWithdrawConfirm(request, reply, languages, one(body.versionTag));
    try {
      await withdrawEntity(actingAs(ctx, request), rules, request.params.id, languages, one(body.versionTag));
      setFlash(request, { kind: 'success', key: 'withdrawnOk', vars: { languages: languages.join(', ').toUpperCase() } });
      return reply.redirect(base(request.params.id), 303);
    } catch (error) {
      if (error instanceof PreconditionFailedError) return showPublish(request, reply, {}, [{ field: '', message: t('staleVersion') }], 409);
      if (!(error instanceof StateError)) throw error;
      return showPublish(request, reply, {}, [{ field: 'withdrawLanguages', message: t('withdrawNotPublished') }], 409);
    }
  });
}
