/**
 * "Tasks and current changes": the counts per task type, one type's tasks with what to do about
 * each (confirm still valid, postpone with a reason, mark a link an exception), and the postponed ones.
 */
import type { OrganizationChoice } from '../../../actions/catalogue/overview.ts';
import type { TaskRow, TaskType } from '../../../actions/maintenance/tasks.ts';
import { taskHint, taskName } from '../../../domain/maintenance/task-texts.ts';
import { textIn, type UiLanguage } from '../../../shared/language.ts';
import type { MessageKey, Translate } from '../../i18n.ts';
import { Csrf, ErrorSummary, SelectField, type FieldError } from '../components.tsx';
import { Layout, type PageContext } from '../layout.tsx';
import { violationText } from '../form-errors.ts';

export interface TaskView extends TaskRow {
  versionTag: string;
}

export interface PostponementView {
  taskType: TaskType;
  entityId: string;
  name: Record<string, string> | null;
  until: Date;
  reason: string;
  by: string;
}

/** A form that failed, shown again with its input and errors. */
export interface FailedForm {
  form: 'postpone' | 'exception';
  entityId: string;
  linkId?: string;
  values: Record<string, string>;
  errors: FieldError[];
}

export interface TasksPageProps {
  page: PageContext;
  organizations: OrganizationChoice[];
  organizationId: string;
  counts: Record<TaskType, number>;
  types: readonly TaskType[];
  type: TaskType | undefined;
  tasks: TaskView[];
  postponements: PostponementView[];
  canEdit: boolean;
  autoArchiveMonths: number;
  failed?: FailedForm | undefined;
}

const day = (value: unknown, language: UiLanguage) => (value ? new Date(String(value)).toLocaleDateString(`${language}-FI`, { timeZone: 'Europe/Helsinki' }) : '');

/** One line saying what the task is about. */
function TaskDetail({ task, t, language }: { task: TaskView; t: Translate; language: UiLanguage }) {
  const d = task.detail;
  switch (task.type) {
    case 'notUpdated':
      return (
        <p>
          {t('lastUpdated', { date: day(d.lastUpdated, language) })}
          {d.autoArchiveAt ? <strong> · {t('autoArchiveAt', { date: day(d.autoArchiveAt, language) })}</strong> : null}
        </p>
      );
    case 'missingTranslations':
      return <p>{t('missingLanguages', { languages: (d.languages as string[]).join(', ') })}</p>;
    case 'scheduledPublishFailed':
      return (
        <>
          <p>{t('scheduledFor', { date: new Date(String(d.dueAt)).toLocaleString(`${language}-FI`, { timeZone: 'Europe/Helsinki' }) })}</p>
          <ul>
            {((d.reasons as { violations?: { path: string; code: string; message: string }[] } | null)?.violations ?? []).map((v) => (
              <li key={`${v.path}${v.message}`}>{violationText(v, task.kind as 'service', t)}</li>
            ))}
          </ul>
        </>
      );
    case 'sharedChannelChanged':
      return (
        <ul>
          {(d.channels as { channelId: string; name: Record<string, string>; change: string; at: string }[]).map((c) => (
            <li key={c.channelId}>{t(c.change === 'archived' ? 'channelArchivedOn' : 'channelChangedOn', { name: textIn(c.name, language), date: day(c.at, language) })}</li>
          ))}
        </ul>
      );
    case 'classificationChanged':
      return (
        <ul>
          {(d.changes as { code: string; change: string; before: unknown; after: unknown }[]).map((c) => (
            <li key={`${c.code}${c.change}`}>
              {c.code} {labelOf(c.before, language)}: {t(`codeChange_${c.change}` as MessageKey)}
              {c.change === 'renamed' ? ` → ${labelOf(c.after, language)}` : ''}
            </li>
          ))}
        </ul>
      );
    default:
      return null;
  }
}

function labelOf(value: unknown, language: UiLanguage): string {
  if (!value || typeof value !== 'object') return '';
  const named = 'name' in value ? (value as { name: Record<string, string> }).name : (value as Record<string, string>);
  return textIn(named, language);
}

/** Broken links of a task, each with the exception form. */
function BrokenLinks({ task, page, props }: { task: TaskView; page: PageContext; props: TasksPageProps }) {
  const { t } = page;
  const links = task.detail.links as { linkId: number; url: string; status: number | null; error: string | null; paths: string[] }[];
  return (
    <ul>
      {links.map((link) => {
        const failed = props.failed?.form === 'exception' && props.failed.linkId === String(link.linkId) ? props.failed : undefined;
        const field = `comment-${link.linkId}`;
        const error = failed?.errors[0];
        return (
          <li key={link.linkId}>
            <code>{link.url}</code> ({link.status ?? t('linkFailed')}
            {link.error ? `: ${link.error}` : ''}) · {link.paths.join(', ')}
            {props.canEdit && (
              <details open={!!failed}>
                <summary>{t('linkException')}</summary>
                <form method="post" action="/editor/tasks/link-exception" className="stack" noValidate>
                  <Csrf token={page.csrf} />
                  <input type="hidden" name="linkId" value={String(link.linkId)} />
                  <input type="hidden" name="entityId" value={task.entityId} />
                  <input type="hidden" name="returnTo" value={returnTo(props)} />
                  <div className="field">
                    <label htmlFor={field}>{t('linkExceptionComment')}</label>
                    <span className="hint" id={`${field}-hint`}>
                      {t('linkExceptionHint')}
                    </span>
                    {error && (
                      <span className="error-text" id={`${field}-error`}>
                        {error.message}
                      </span>
                    )}
                    <textarea id={field} name="comment" maxLength={500} rows={2} defaultValue={failed?.values.comment} aria-describedby={`${field}-hint${error ? ` ${field}-error` : ''}`} aria-invalid={error ? true : undefined} />
                  </div>
                  <button type="submit" className="button button--small button--secondary">
                    {t('linkException')}
                  </button>
                </form>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}

const returnTo = (props: TasksPageProps) => `/editor/tasks?${new URLSearchParams({ ...(props.type ? { type: props.type } : {}), organization: props.organizationId })}`;

function PostponeForm({ task, page, props }: { task: TaskView; page: PageContext; props: TasksPageProps }) {
  const { t } = page;
  const failed = props.failed?.form === 'postpone' && props.failed.entityId === task.entityId ? props.failed : undefined;
  const until = `until-${task.entityId}`;
  const reason = `reason-${task.entityId}`;
  const errorOf = (field: string) => failed?.errors.find((e) => e.field === field);
  return (
    <details open={!!failed}>
      <summary>{t('postpone')}</summary>
      <form method="post" action="/editor/tasks/postpone" className="stack" noValidate>
        <Csrf token={page.csrf} />
        <input type="hidden" name="type" value={task.type} />
        <input type="hidden" name="entityId" value={task.entityId} />
        <input type="hidden" name="returnTo" value={returnTo(props)} />
        <div className="field">
          <label htmlFor={until}>{t('postponeUntil')}</label>
          {errorOf(until) && (
            <span className="error-text" id={`${until}-error`}>
              {errorOf(until)!.message}
            </span>
          )}
          <input id={until} name="until" type="date" required aria-required defaultValue={failed?.values.until} aria-invalid={errorOf(until) ? true : undefined} aria-describedby={errorOf(until) ? `${until}-error` : undefined} />
        </div>
        <div className="field">
          <label htmlFor={reason}>{t('postponeReason')}</label>
          <span className="hint" id={`${reason}-hint`}>
            {t('postponeReasonHint')}
          </span>
          {errorOf(reason) && (
            <span className="error-text" id={`${reason}-error`}>
              {errorOf(reason)!.message}
            </span>
          )}
          <textarea id={reason} name="reason" rows={2} maxLength={500} required aria-required defaultValue={failed?.values.reason} aria-invalid={errorOf(reason) ? true : undefined} aria-describedby={`${reason}-hint${errorOf(reason) ? ` ${reason}-error` : ''}`} />
        </div>
        <button type="submit" className="button button--small button--secondary">
          {t('postpone')}
        </button>
      </form>
    </details>
  );
}

const CONFIRMABLE: readonly TaskType[] = ['notUpdated', 'sharedChannelChanged', 'classificationChanged'];

function TaskItem({ task, page, props }: { task: TaskView; page: PageContext; props: TasksPageProps }) {
  const { t, language } = page;
  const name = textIn(task.name, language);
  return (
    <li id={`task-${task.entityId}`} className="task">
      <h3 className="fi-text-heading4"><a href={`/editor/${task.kind}s/${task.entityId}`}>{name}</a></h3>
      <p>
        <span className="badge badge--muted">{task.kind === 'channel' && task.channelType ? t(`channel_${task.channelType}` as MessageKey) : t(`kind_${task.kind}` as MessageKey)}</span>{' '}
        <span className="badge">{t(`status_${task.status}` as MessageKey)}</span>
      </p>
      <TaskDetail task={task} t={t} language={language} />
      {task.type === 'brokenLinks' && <BrokenLinks task={task} page={page} props={props} />}
      {props.canEdit && (
        <div className="actions">
          {CONFIRMABLE.includes(task.type) && (
            <form method="post" action="/editor/tasks/confirm" className="inline-form">
              <Csrf token={page.csrf} />
              <input type="hidden" name="entityId" value={task.entityId} />
              <input type="hidden" name="kind" value={task.kind} />
              <input type="hidden" name="versionTag" value={task.versionTag} />
              <input type="hidden" name="returnTo" value={returnTo(props)} />
              <button type="submit" className="button button--small">
                {t('confirmStillValid')}
                <span className="visually-hidden">: {name}</span>
              </button>
            </form>
          )}
          <PostponeForm task={task} page={page} props={props} />
        </div>
      )}
    </li>
  );
}

export function TasksPage(props: TasksPageProps) {
  const { page, counts, types, type, tasks, postponements, organizations, organizationId } = props;
  const { t, language } = page;
  const total = types.reduce((sum, each) => sum + counts[each], 0);
  const link = (each: TaskType) => `/editor/tasks?${new URLSearchParams({ type: each, organization: organizationId })}`;
  return (
    <Layout page={page} title={type ? `${taskName(language, type)} · ${t('tasks')}` : t('tasks')}>
      <h1>{t('tasks')}</h1>
      <p>{t('tasksIntro')}</p>
      {props.failed && <ErrorSummary errors={props.failed.errors} t={t} />}
      {organizations.length > 1 && (
        <form method="get" action="/editor/tasks" className="inline-form">
          {type && <input type="hidden" name="type" value={type} />}
          <SelectField name="organization" label={t('organization')} value={organizationId} options={organizations.map((o) => ({ value: o.id, label: `${'\u00a0\u00a0'.repeat(o.depth)}${o.name}` }))} />
          <button type="submit" className="button button--small button--secondary">
            {t('showTasks')}
          </button>
        </form>
      )}
      <p>
        <strong>{t('tasksTotal', { count: total })}</strong>
      </p>
      {total === 0 && <p>{t('tasksNone')}</p>}
      <ul className="task-types">
        {types.map((each) => (
          <li key={each}>
            <a href={link(each)} aria-current={each === type ? 'page' : undefined}>
              {taskName(language, each)} ({counts[each]})
            </a>
          </li>
        ))}
      </ul>
      {type && (
        <section aria-labelledby="task-list-title">
          <h2 id="task-list-title">
            {taskName(language, type)} ({counts[type]})
          </h2>
          <p>{taskHint(language, type, props.autoArchiveMonths)}</p>
          {tasks.length === 0 ? (
            <p>{t('taskTypeNone')}</p>
          ) : (
            <ul className="tasks">
              {tasks.map((task) => (
                <TaskItem key={task.entityId} task={task} page={page} props={props} />
              ))}
            </ul>
          )}
        </section>
      )}
      {postponements.length > 0 && (
        <section aria-labelledby="postponed-title">
          <h2 id="postponed-title">{t('postponedTasks')}</h2>
          <ul>
            {postponements.map((p) => (
              <li key={`${p.taskType}${p.entityId}`}>
                <strong>{textIn(p.name, language)}</strong>: {taskName(language, p.taskType)}. {t('postponedUntil', { date: day(p.until, language) })}. {p.reason}
                {props.canEdit && (
                  <form method="post" action="/editor/tasks/resume" className="inline-form">
                    <Csrf token={page.csrf} />
                    <input type="hidden" name="type" value={p.taskType} />
                    <input type="hidden" name="entityId" value={p.entityId} />
                    <input type="hidden" name="returnTo" value={returnTo(props)} />
                    <button type="submit" className="button button--small button--secondary">
                      {t('bringBack')}
                      <span className="visually-hidden">: {textIn(p.name, language)}</span>
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
