/**
 * The "tasks and current changes" of an organization tree: counts, lists, postponing a task with
 * a reason, and confirming content still valid. Tasks are computed from the content (see
 * db/repositories/tasks.repository.ts), so fixing the cause removes the task.
 */
import * as repo from '../../db/repositories/tasks.repository.ts';
import { findEntityById, organizationTree } from '../../db/repositories/entities.repository.ts';
import { NotFoundError, ValidationError, type Violation } from '../../domain/errors.ts';
import { isTaskType, MAX_POSTPONE_DAYS, TASK_TYPES, type TaskType } from '../../domain/maintenance/tasks.ts';
import { actorLabel, actorOf, maintenanceOf, type Context } from '../context.ts';
import { assertAllowed, ForbiddenError, readableOrganizations } from '../catalogue/authorize.ts';
import { audit } from '../catalogue/audit.ts';

export type { TaskRow } from '../../db/repositories/tasks.repository.ts';
export { TASK_TYPES, type TaskType };

export interface TaskScopeInput {
  /** The organization whose tasks are wanted; default: the actor's own (all for a system administrator). */
  organizationId?: string | undefined;
  /** Include the organization's sub-organizations (default true). */
  subOrganizations?: boolean | undefined;
}

/** The organizations a task query covers, checked against what the actor may read. */
async function scopeOf(ctx: Context, input: TaskScopeInput): Promise<repo.TaskScope> {
  const db = ctx.database.readDb;
  const readable = await readableOrganizations(db, ctx);
  let organizationIds = readable;
  if (input.organizationId) {
    if (readable && !readable.includes(input.organizationId)) {
      throw new ForbiddenError('You may see the tasks of your own organization and its sub-organizations only');
    }
    organizationIds = input.subOrganizations === false ? [input.organizationId] : await organizationTree(db, input.organizationId);
    if (organizationIds.length === 0) throw new NotFoundError('organization', input.organizationId);
  }
  return { organizationIds, now: ctx.clock.now(), settings: maintenanceOf(ctx) };
}

/** How many tasks of each type there are. */
export async function taskCounts(ctx: Context, input: TaskScopeInput = {}): Promise<Record<TaskType, number>> {
  return repo.countTasks(ctx.database.readDb, await scopeOf(ctx, input));
}

/** Tasks of one type, oldest (most urgent) first. */
export async function listTasks(ctx: Context, type: TaskType, input: TaskScopeInput & { limit?: number; offset?: number } = {}) {
  return repo.listTasks(ctx.database.readDb, type, await scopeOf(ctx, input), input.limit ?? 50, input.offset ?? 0);
}

/** The tasks of one entity the actor may read. */
export async function tasksOfEntity(ctx: Context, entityId: string) {
  return repo.tasksOfEntity(ctx.database.readDb, entityId, await scopeOf(ctx, {}));
}

/** Postponements in force in the actor's tree. */
export async function listPostponements(ctx: Context, input: TaskScopeInput = {}) {
  const scope = await scopeOf(ctx, input);
  return repo.listPostponements(ctx.database.readDb, scope.organizationIds, scope.now);
}

export interface PostponeInput {
  type: string;
  entityId: string;
  until: Date;
  reason: string;
}

/** Hides a task until a date, with a reason (any violation is reported by field). Needs the right to update the content. */
export async function postponeTask(ctx: Context, input: PostponeInput): Promise<void> {
  const now = ctx.clock.now();
  const violations: Violation[] = [];
  if (!isTaskType(input.type)) violations.push({ path: 'type', code: 'unknownTaskType', message: `Task type must be one of ${TASK_TYPES.join(', ')}` });
  if (Number.isNaN(input.until.getTime()) || input.until.getTime() <= now.getTime()) {
    violations.push({ path: 'until', code: 'notInFuture', message: 'Postpone until a date in the future' });
  } else if (input.until.getTime() > now.getTime() + MAX_POSTPONE_DAYS * 86_400_000) {
    violations.push({ path: 'until', code: 'tooFar', message: `A task can be postponed by ${MAX_POSTPONE_DAYS} days at most` });
  }
  const reason = input.reason.trim();
  if (reason.length === 0) violations.push({ path: 'reason', code: 'required', message: 'Say why the task is postponed' });
  if (reason.length > 500) violations.push({ path: 'reason', code: 'maxLength', message: 'The reason can be 500 characters at most' });
  if (violations.length) throw new ValidationError(violations);
  await ctx.database.db.transaction(async (tx) => {
    const entity = await findEntityById(tx, input.entityId);
    if (!entity) throw new NotFoundError('entity', input.entityId);
    const governing = entity.kind === 'organization' ? entity.id : entity.organizationId;
    await assertAllowed(tx, ctx, 'update', entity.kind as 'service', governing);
    await repo.upsertPostponement(tx, { taskType: input.type as TaskType, entityId: entity.id, until: input.until, reason, by: actorLabel(actorOf(ctx)), at: now });
    await audit(tx, ctx, { entityType: entity.kind, entityId: entity.id, organizationId: governing, action: `postpone-task:${input.type}` });
  });
}

/** Brings a postponed task back at once. */
export async function cancelPostponement(ctx: Context, type: TaskType, entityId: string): Promise<boolean> {
  return ctx.database.db.transaction(async (tx) => {
    const entity = await findEntityById(tx, entityId);
    if (!entity) throw new NotFoundError('entity', entityId);
    const governing = entity.kind === 'organization' ? entity.id : entity.organizationId;
    await assertAllowed(tx, ctx, 'update', entity.kind as 'service', governing);
    const removed = await repo.deletePostponement(tx, type, entityId);
    if (removed) await audit(tx, ctx, { entityType: entity.kind, entityId, organizationId: governing, action: `resume-task:${type}` });
    return removed;
  });
}
