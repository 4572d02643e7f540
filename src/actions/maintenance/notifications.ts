/**
 * Who is told about what: the mails of a failed scheduled publish and of the monthly digest. They
 * are built here and sent by the job runner one by one (one job per recipient with a dedupe key),
 * so a retry never mails anyone twice.
 */
import type { MailMessage } from '../../adapters/mail.ts';
import { listMailRecipients } from '../../db/repositories/people.repository.ts';
import { countTasks, findScheduledAction, listTasks, organizationAncestors } from '../../db/repositories/tasks.repository.ts';
import { findEntityById, listEntitiesByIds, organizationTree } from '../../db/repositories/entities.repository.ts';
import { TASK_TYPES, type TaskType } from '../../domain/maintenance/tasks.ts';
import { textIn, UI_LANGUAGES, type UiLanguage } from '../../shared/language.ts';
import { maintenanceOf, type Context } from '../context.ts';
import { digestMail, scheduledPublishFailedMail, type DigestSection } from './maintenance-mails.ts';

export interface PersonMail {
  userId: string;
  mail: MailMessage;
}

const languageOf = (value: string): UiLanguage => ((UI_LANGUAGES as readonly string[]).includes(value) ? (value as UiLanguage) : 'fi');

const nameIn = (content: Record<string, unknown> | null | undefined, language: UiLanguage) => textIn(content?.name as Record<string, string> | undefined, language);

const base = (ctx: Context) => ctx.publicUrl ?? '';

export function tasksLink(ctx: Context, type?: TaskType, organizationId?: string | null, entityId?: string): string {
  const query = new URLSearchParams();
  if (type) query.set('type', type);
  if (organizationId) query.set('organization', organizationId);
  return `${base(ctx)}/editor/tasks${query.size ? `?${query}` : ''}${entityId ? `#task-${entityId}` : ''}`;
}

/**
 * Mails about a scheduled publish that failed: to the main users and maintainers of the content's
 * organization (or, when it has none, of the nearest parent that has), and to the person who scheduled it.
 */
export async function scheduledFailureMails(ctx: Context, scheduledActionId: string): Promise<PersonMail[]> {
  const db = ctx.database.db;
  const action = await findScheduledAction(db, scheduledActionId);
  if (!action || action.state !== 'failed') return [];
  const entity = await findEntityById(db, action.entityId);
  if (!entity) return [];
  const organizationId = entity.kind === 'organization' ? entity.id : entity.organizationId;
  let recipients: Awaited<ReturnType<typeof listMailRecipients>> = [];
  for (const orgId of organizationId ? await organizationAncestors(db, organizationId) : []) {
    recipients = await listMailRecipients(db, { organizationIds: [orgId], roles: ['mainUser', 'maintainer'] });
    if (recipients.length) break;
  }
  if (action.actor.type === 'user') recipients.push(...(await listMailRecipients(db, { userIds: [action.actor.id] })));
  const seen = new Set<string>();
  return recipients
    .filter((r) => !seen.has(r.userId) && seen.add(r.userId))
    .map((r) => {
      const language = languageOf(r.language);
      return {
        userId: r.userId,
        mail: scheduledPublishFailedMail({
          to: r.email,
          language,
          contentName: nameIn(entity.workingContent, language),
          dueAt: action.dueAt,
          languages: action.languages,
          result: action.result,
          link: tasksLink(ctx, 'scheduledPublishFailed', organizationId, entity.id),
        }),
      };
    });
}

const URGENT_ITEMS = 5;

/**
 * The monthly digest of every person who has not opted out: for each organization they have a role
 * in, the task counts of its tree and the most urgent items. People without any task get no mail.
 */
export async function digestMails(ctx: Context, month: string): Promise<PersonMail[]> {
  const db = ctx.database.readDb;
  const recipients = await listMailRecipients(db, { digest: true });
  const scopeCache = new Map<string, Promise<{ counts: Record<TaskType, number>; urgent: Awaited<ReturnType<typeof listTasks>> }>>();
  const scope = (organizationId: string) => {
    let cached = scopeCache.get(organizationId);
    if (!cached) {
      cached = (async () => {
        const taskScope = { organizationIds: await organizationTree(db, organizationId), now: ctx.clock.now(), settings: maintenanceOf(ctx) };
        const counts = await countTasks(db, taskScope);
        const urgent: Awaited<ReturnType<typeof listTasks>> = [];
        for (const type of TASK_TYPES) {
          if (urgent.length >= URGENT_ITEMS) break;
          if (counts[type] > 0) urgent.push(...(await listTasks(db, type, taskScope, URGENT_ITEMS - urgent.length, 0)));
        }
        return { counts, urgent };
      })();
      scopeCache.set(organizationId, cached);
    }
    return cached;
  };
  const organizations = new Map((await listEntitiesByIds(db, [...new Set(recipients.map((r) => r.organizationId))])).map((o) => [o.id, o]));
  const byPerson = new Map<string, typeof recipients>();
  for (const r of recipients) byPerson.set(r.userId, [...(byPerson.get(r.userId) ?? []), r]);
  const mails: PersonMail[] = [];
  for (const [userId, roles] of byPerson) {
    const language = languageOf(roles[0]!.language);
    const sections: DigestSection[] = [];
    for (const role of roles) {
      const { counts, urgent } = await scope(role.organizationId);
      if (TASK_TYPES.every((type) => counts[type] === 0)) continue;
      sections.push({
        organizationName: nameIn(organizations.get(role.organizationId)?.workingContent, language),
        counts,
        urgent: urgent.map((task) => ({ type: task.type, name: nameIn({ name: task.name }, language), link: tasksLink(ctx, task.type, role.organizationId, task.entityId) })),
        link: tasksLink(ctx, undefined, role.organizationId),
      });
    }
    if (sections.length === 0) continue;
    mails.push({ userId, mail: digestMail({ to: roles[0]!.email, language, month, sections, accountLink: `${base(ctx)}/editor/account` }) });
  }
  return mails;
}
