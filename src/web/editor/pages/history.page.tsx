/**
 * The history tab (the training's "Muutoshistoria" and "Liitoshistoria"): per version who did
 * what and when, and what changed in words: each changed field with its old and new value,
 * statuses per language, connections to channels; scheduled publishes and archives with how they
 * went. On a channel, the services connected to it.
 */
import type { ReactNode } from 'react';
import type { MessageKey, Translate } from '../../i18n.ts';
import { isMessageKey } from '../../i18n.ts';
import { LONG_TEXT, type FieldChange, type ShownValue, type VersionDiff } from '../history-diff.ts';
import { Layout, type PageContext } from '../layout.tsx';
import { EntityTabs, type EntitySummary } from './entity-tabs.tsx';
import { fieldLabel, violationText } from '../form-errors.ts';
import type { Violation } from '../../../domain/errors.ts';

type Kind = EntitySummary['kind'];

export interface ConnectionEvent {
  serviceId: string;
  serviceName: string;
  kind: 'connect' | 'disconnect';
  at: string;
  actor: string;
}

const valueText = (value: ShownValue | null, t: Translate) => (value === null ? t('historyEmpty') : value.name ?? (value.messageKey && isMessageKey(value.messageKey) ? t(value.messageKey) : value.code));
const date = (at: string, language: string) => new Date(at).toLocaleString(`${language}-FI`, { timeZone: 'Europe/Helsinki' });
const languageName = (lang: string, t: Translate) => (isMessageKey(`contentLanguage_${lang}`) ? t(`contentLanguage_${lang}` as MessageKey) : lang.toUpperCase());

function OldNew({ before, after, t }: { before: ReactNode; after: ReactNode; t: Translate }) {
  return (
    <>
      <span className="visually-hidden">{t('historyBefore')}: </span>
      <del>{before}</del> <span aria-hidden="true">→</span> <span className="visually-hidden">{t('historyAfter')}: </span>
      <ins>{after}</ins>
    </>
  );
}

function ChangeValue({ change, t }: { change: FieldChange; t: Translate }) {
  if (change.kind === 'text' && change.long) {
    return (
      <details>
        <summary>{t('historyTextChanged')}</summary>
        <p>
          <strong>{t('historyBefore')}:</strong> {change.before || t('historyEmpty')}
        </p>
        <p>
          <strong>{t('historyAfter')}:</strong> {change.after || t('historyEmpty')}
        </p>
      </details>
    );
  }
  if (change.kind === 'text') return <OldNew before={change.before || t('historyEmpty')} after={change.after || t('historyEmpty')} t={t} />;
  if (change.kind === 'value') return <OldNew before={valueText(change.before, t)} after={valueText(change.after, t)} t={t} />;
  if (change.kind === 'list') {
    return (
      <>
        {change.added.length > 0 && <span className="history-added">{t('historyAdded')}: {change.added.map((v) => valueText(v, t)).join(', ')}. </span>}
        {change.removed.length > 0 && <span className="history-removed">{t('historyRemoved')}: {change.removed.map((v) => valueText(v, t)).join(', ')}.</span>}
      </>
    );
  }
  // a short summary (an address, weekly hours) reads best inline; a long one behind a disclosure
  if (change.before.length <= LONG_TEXT && change.after.length <= LONG_TEXT) return <OldNew before={change.before || t('historyEmpty')} after={change.after || t('historyEmpty')} t={t} />;
  return (
    <details>
      <summary>{t('historyChangedValue')}</summary>
      <p>
        <strong>{t('historyBefore')}:</strong> {change.before || t('historyEmpty')}
      </p>
      <p>
        <strong>{t('historyAfter')}:</strong> {change.after || t('historyEmpty')}
      </p>
    </details>
  );
}

/** What the version did, in words: an operation with its languages, or a connection with the channel's name. */
function eventText(version: VersionDiff, t: Translate): string {
  const { event } = version;
  if (event.kind === 'connect') return t(event.again ? 'historyConnectionChanged' : 'historyConnected', { name: valueText(event.channel, t) });
  if (event.kind === 'disconnect') return t('historyDisconnected', { name: valueText(event.channel, t) });
  const key = `operation_${event.operation}`;
  const languages = version.languages.length > 0 && event.operation !== 'update' ? ` (${version.languages.join(', ').toUpperCase()})` : '';
  return `${isMessageKey(key) ? t(key) : event.operation}${languages}`;
}

function VersionItem({ version, kind, page }: { version: VersionDiff; kind: Kind; page: PageContext }) {
  const { t, language } = page;
  const empty = version.changes.length === 0 && version.statusChanges.length === 0 && !version.fieldsOnly;
  return (
    <li className="history-version">
      <h3 className="fi-text-heading4">{eventText(version, t)}</h3>
      <p className="hint">
        {t('versionLabel', { version: version.version })} · {version.actor} · {date(version.at, language)}
      </p>
      {(version.statusChanges.length > 0 || version.changes.length > 0) && (
        <dl className="history-changes">
          {version.statusChanges.map((s) => (
            <div key={`status-${s.language}`}>
              <dt>
                {t('historyStatus')}: {languageName(s.language, t)}
              </dt>
              <dd>
                <OldNew before={s.before ? t(`status_${s.before}` as MessageKey) : t('historyNoLanguage')} after={s.after ? t(`status_${s.after}` as MessageKey) : t('historyNoLanguage')} t={t} />
              </dd>
            </div>
          ))}
          {version.changes.map((change, i) => (
            <div key={`${change.field}-${i}`}>
              <dt>
                {fieldLabel(change.field, kind, t)}
                {'language' in change && change.language ? ` (${change.language.toUpperCase()})` : ''}
              </dt>
              <dd>
                <ChangeValue change={change} t={t} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {version.fieldsOnly && version.changedFields.length > 0 && <p>{t('historyFieldsOnly', { fields: version.changedFields.map((f) => fieldLabel(f, kind, t)).join(', ') })}</p>}
      {empty && version.event.kind === 'operation' && version.event.operation === 'update' && <p>{t('historyNoChanges')}</p>}
    </li>
  );
}

export interface ScheduleEvent {
  action: string;
  languages: string[];
  dueAt: string;
  state: string;
  createdBy: string;
  failure?: string | undefined;
  /** The rules that stopped it, told in the reader's language. */
  violations?: Violation[] | undefined;
}

/** Scheduled publishes and archives: when, what, by whom, and how it went. */
function Schedules({ schedules, page, kind }: { schedules: ScheduleEvent[]; page: PageContext; kind: Kind }) {
  const { t, language } = page;
  if (schedules.length === 0) return null;
  const word = (key: string) => (isMessageKey(key) ? t(key) : key);
  return (
    <>
      <h2>{t('historySchedulesTitle')}</h2>
      <table>
        <caption className="visually-hidden">{t('historySchedulesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('historyScheduleDue')}</th>
            <th scope="col">{t('historyOperation')}</th>
            <th scope="col">{t('historyScheduleState')}</th>
            <th scope="col">{t('historyScheduleBy')}</th>
          </tr>
        </thead>
        <tbody>
          {schedules.map((s) => (
            <tr key={`${s.action}${s.dueAt}${s.state}`}>
              <th scope="row">{date(s.dueAt, language)}</th>
              <td>
                {word(`historyScheduleAction_${s.action}`)} ({s.languages.length ? s.languages.join(', ').toUpperCase() : t('allLanguages')})
              </td>
              <td>
                {word(`scheduleState_${s.state}`)}
                {s.violations?.length ? <>: {s.violations.map((v) => violationText(v, kind, t)).join(' ')}</> : s.failure && <>: {s.failure}</>}
              </td>
              <td>{s.createdBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ConnectionHistory({ events, page }: { events: ConnectionEvent[]; page: PageContext }) {
  const { t, language } = page;
  return (
    <>
      <h2>{t('historyConnectionsTitle')}</h2>
      <p>{t('historyConnectionsIntro')}</p>
      {events.length === 0 ? (
        <p>{t('historyConnectionsNone')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('historyConnectionsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kind_service')}</th>
              <th scope="col">{t('historyOperation')}</th>
              <th scope="col">{t('historyWho')}</th>
              <th scope="col">{t('historyWhen')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={`${event.serviceId}${event.at}${event.kind}`}>
                <th scope="row">
                  <a href={`/editor/services/${event.serviceId}`}>{event.serviceName || event.serviceId}</a>
                </th>
                <td>{t(event.kind === 'connect' ? 'historyServiceConnected' : 'historyServiceDisconnected')}</td>
                <td>{event.actor}</td>
                <td>{date(event.at, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function HistoryPage({ page, entity, versions, more, schedules = [], connections }: { page: PageContext; entity: EntitySummary; versions: VersionDiff[]; more: boolean; schedules?: ScheduleEvent[]; connections?: ConnectionEvent[] | undefined }) {
  const { t } = page;
  return (
    <Layout page={page} title={`${t('historyTitle')} · ${entity.name}`}>
      <h1>{entity.name}</h1>
      <EntityTabs entity={entity} current="history" t={t} />
      <h2>{t('historyTitle')}</h2>
      <p>{t('historyIntro')}</p>
      {more && <p className="hint">{t('historyMore', { count: versions.length })}</p>}
      {/* the version number names each entry, so the list needs no numbers of its own */}
      <ol className="history" style={{ listStyle: 'none', paddingLeft: 0 }}>
        {versions.map((version, i) => (
          <VersionItem key={`${version.version}-${version.at}-${i}`} version={version} kind={entity.kind} page={page} />
        ))}
      </ol>
      <Schedules schedules={schedules} page={page} kind={entity.kind} />
      {connections && <ConnectionHistory events={connections} page={page} />}
    </Layout>
  );
}
