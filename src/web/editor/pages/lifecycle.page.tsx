/**
 * The dialogs of a content's life as pages (they work without JavaScript): publish per language
 * now or at a minute, listing every blocking issue with a link to its field; archive now or at a
 * date (the training's dialog); restore; and the version history.
 */
import type { LanguageCheck } from '../../../actions/catalogue/publish-check.ts';
import type { MessageKey } from '../../i18n.ts';
import type { OrganizationChoice } from '../../../actions/catalogue/overview.ts';
import { Csrf, ErrorSummary, SelectField, type FieldError } from '../components.tsx';
import { Layout, type PageContext } from '../layout.tsx';
import { EntityTabs, type EntitySummary } from './entity-tabs.tsx';

const fieldOf = (path: string) => path;

/** "When": now, or a date and time (Finnish time, to the minute). */
function When({ prefix, legend, now, later, values, errors, t }: { prefix: string; legend: string; now: string; later: string; values: Record<string, string>; errors: FieldError[]; t: PageContext['t'] }) {
  const error = errors.find((e) => e.field === `${prefix}Date`);
  const scheduled = values.when === 'later';
  return (
    <fieldset id="when">
      <legend>{legend}</legend>
      <div className="radio">
        <input type="radio" id="when-now" name="when" value="now" defaultChecked={!scheduled} />
        <label htmlFor="when-now">{now}</label>
      </div>
      <div className="radio">
        <input type="radio" id="when-later" name="when" value="later" defaultChecked={scheduled} />
        <label htmlFor="when-later">{later}</label>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${prefix}Date`}>{t('scheduleDate')}</label>
          <span className="hint" id={`${prefix}-hint`}>
            {t('scheduleHint')}
          </span>
          {error && (
            <span className="error-text" id={`${prefix}Date-error`}>
              {error.message}
            </span>
          )}
          <input type="date" id={`${prefix}Date`} name="date" defaultValue={values.date} aria-describedby={`${prefix}-hint${error ? ` ${prefix}Date-error` : ''}`} aria-invalid={error ? true : undefined} />
        </div>
        <div className="field">
          <label htmlFor={`${prefix}Time`}>{t('scheduleTime')}</label>
          <input type="time" id={`${prefix}Time`} name="time" defaultValue={values.time ?? '09:00'} />
        </div>
      </div>
    </fieldset>
  );
}

export function PublishPage({ page, entity, checks, values = {}, errors = [] }: { page: PageContext; entity: EntitySummary; checks: LanguageCheck[]; values?: Record<string, string>; errors?: FieldError[] }) {
  const { t } = page;
  const form = `/editor/${entity.kind}s/${entity.id}`;
  return (
    <Layout page={page} title={`${t('publishTitle')} · ${entity.name}`}>
      <h1>{entity.name}</h1>
      <EntityTabs entity={entity} current="publish" t={t} />
      <h2>{t('publishTitle')}</h2>
      <p>{t('publishIntro')}</p>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action={`${form}/publish`} className="stack" noValidate>
        <Csrf token={page.csrf} />
        <input type="hidden" name="versionTag" value={values.versionTag} />
        <fieldset id="languages">
          <legend>{t('contentLanguages')}</legend>
          {checks.map((check) => (
            <div key={check.language} className="publish-language">
              <div className="checkbox">
                <input type="checkbox" id={`publish-${check.language}`} name="languages" value={check.language} defaultChecked={check.violations.length === 0 && check.status !== 'published'} aria-describedby={`publish-${check.language}-state`} />
                <label htmlFor={`publish-${check.language}`}>
                  {t(`contentLanguage_${check.language}` as MessageKey)} ({t(`status_${check.status}` as MessageKey)})
                </label>
              </div>
              <div id={`publish-${check.language}-state`}>
                {check.violations.length === 0 ? (
                  <p className="hint">{t('publishReady')}</p>
                ) : (
                  <>
                    <p className="error-text">{t('publishBlocked')}</p>
                    <ul>
                      {check.violations.map((v) => (
                        <li key={`${v.path}${v.code}`}>
                          <a href={`${form}#${fieldOf(v.path)}`}>{v.message}</a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            </div>
          ))}
        </fieldset>
        <When prefix="publish" legend={t('publishWhen')} now={t('publishNow')} later={t('publishLater')} values={values} errors={errors} t={t} />
        <button type="submit" className="button">
          {t('publishButton')}
        </button>
      </form>
    </Layout>
  );
}

export function ArchivePage({ page, entity, versionTag, organizations, values = {}, errors = [] }: { page: PageContext; entity: EntitySummary; versionTag: string; organizations: OrganizationChoice[]; values?: Record<string, string>; errors?: FieldError[] }) {
  const { t } = page;
  const base = `/editor/${entity.kind}s/${entity.id}`;
  return (
    <Layout page={page} title={`${t('archiveTitle')} · ${entity.name}`}>
      <h1>{entity.name}</h1>
      <EntityTabs entity={entity} current="archive" t={t} />
      <h2>{t('archiveTitle')}</h2>
      <p>{t('archiveIntro')}</p>
      <ErrorSummary errors={errors} t={t} />
      {entity.status === 'archived' ? (
        <form method="post" action={`${base}/restore`} className="stack">
          <Csrf token={page.csrf} />
          <input type="hidden" name="versionTag" value={versionTag} />
          <button type="submit" className="button">
            {t('restoreButton')}
          </button>
        </form>
      ) : (
        <form method="post" action={`${base}/archive`} className="stack" noValidate>
          <Csrf token={page.csrf} />
          <input type="hidden" name="versionTag" value={versionTag} />
          <When prefix="archive" legend={t('archiveWhen')} now={t('archiveNow')} later={t('archiveLater')} values={values} errors={errors} t={t} />
          <button type="submit" className="button button--danger">
            {t('archiveButton')}
          </button>
        </form>
      )}
      <h2>{t('copyTitle')}</h2>
      <p>{t('copyIntro')}</p>
      <form method="post" action={`${base}/copy`} className="stack">
        <Csrf token={page.csrf} />
        <SelectField name="organizationId" label={t('copyTo')} options={organizations.map((o) => ({ value: o.id, label: `${'\u00a0\u00a0'.repeat(o.depth)}${o.name}` }))} />
        <button type="submit" className="button button--secondary">
          {t('copyButton')}
        </button>
      </form>
    </Layout>
  );
}

export interface HistoryRow {
  version: string;
  operation: string;
  languages: string[];
  changedFields: string[];
  actor: string;
  at: string;
}

export function HistoryPage({ page, entity, versions }: { page: PageContext; entity: EntitySummary; versions: HistoryRow[] }) {
  const { t, language } = page;
  return (
    <Layout page={page} title={`${t('historyTitle')} · ${entity.name}`}>
      <h1>{entity.name}</h1>
      <EntityTabs entity={entity} current="history" t={t} />
      <h2>{t('historyTitle')}</h2>
      <table>
        <caption className="visually-hidden">{t('historyTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('historyVersion')}</th>
            <th scope="col">{t('historyOperation')}</th>
            <th scope="col">{t('historyWho')}</th>
            <th scope="col">{t('historyWhen')}</th>
            <th scope="col">{t('historyChanged')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={`${v.version}${v.at}${v.operation}`}>
              <td>{v.version}</td>
              <td>
                {t(`operation_${v.operation}` as MessageKey)} {v.languages.length > 0 && <small>({v.languages.join(', ').toUpperCase()})</small>}
              </td>
              <td>{v.actor}</td>
              <td>{new Date(v.at).toLocaleString(`${language}-FI`, { timeZone: 'Europe/Helsinki' })}</td>
              <td>{v.changedFields.map((field) => (isField(field) ? t(`field_${field}` as MessageKey) : field)).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

const FIELDS_WITH_NAMES = new Set(['name', 'alternativeName', 'summary', 'description', 'userInstructions', 'requirements', 'chargeInfo', 'deadline', 'processingTime', 'validityTime', 'keywords']);
const isField = (field: string) => FIELDS_WITH_NAMES.has(field);
