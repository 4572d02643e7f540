/** The editor's front page: what the organization tree holds, by status. */
import type { StatusCounts } from '../../../actions/catalogue/overview.ts';
import type { MessageKey } from '../../i18n.ts';
import { TASK_TYPES, type TaskType } from '../../../domain/maintenance/tasks.ts';
import { taskName } from '../../../domain/maintenance/task-texts.ts';
import { Layout, organizationLabel, type PageContext } from '../layout.tsx';

const KINDS: { kind: keyof StatusCounts; key: MessageKey }[] = [
  { kind: 'service', key: 'services' },
  { kind: 'channel', key: 'channels' },
  { kind: 'organization', key: 'organizations' },
];

export function FrontPage({ page, counts, tasks }: { page: PageContext; counts: StatusCounts; tasks: Record<TaskType, number> }) {
  const { t, principal } = page;
  const sum = (kind: keyof StatusCounts) => Object.values(counts[kind]).reduce((a, b) => a + b, 0);
  return (
    <Layout page={page} title={t('frontTitle')}>
      <h1>{t('frontTitle')}</h1>
      <p>{t('frontIntro')}</p>
      {principal && (
        <p>
          <strong>{organizationLabel(principal.active.organizationName, page.language)}</strong> · <span className="badge">{t(`role_${principal.active.role}`)}</span>
        </p>
      )}
      <h2>{t('contents')}</h2>
      <ul className="counts">
        {KINDS.map(({ kind, key }) => (
          <li key={kind}>
            <strong>{sum(kind)}</strong>
            {t(key)}
            <br />
            <small>
              {t('published')} {(counts[kind].published ?? 0) + (counts[kind].modified ?? 0)} · {t('draft')} {counts[kind].draft ?? 0} · {t('archived')} {counts[kind].archived ?? 0}
            </small>
          </li>
        ))}
      </ul>
      <h2>{t('addNew')}</h2>
      <ul className="add-new">
        <li>
          <a href="/editor/services/new">{t('addService')}</a>
        </li>
        <li>
          <a href="/editor/organizations/new">{t('addSubOrganization').replace('+ ', '')}</a>
        </li>
        {(['EChannel', 'WebPage', 'PrintableForm', 'Phone', 'ServiceLocation'] as const).map((type) => (
          <li key={type}>
            <a href={`/editor/channels/new?type=${type}`}>{t(`channel_${type}`)}</a>
          </li>
        ))}
      </ul>
      <h2>{t('tasks')}</h2>
      {TASK_TYPES.every((type) => tasks[type] === 0) ? (
        <p>{t('tasksNone')}</p>
      ) : (
        <ul>
          {TASK_TYPES.filter((type) => tasks[type] > 0).map((type) => (
            <li key={type}>
              <a href={`/editor/tasks?type=${type}`}>
                {taskName(page.language, type)} ({tasks[type]})
              </a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
