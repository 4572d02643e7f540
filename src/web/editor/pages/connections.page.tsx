/**
 * A service's channels (liitokset): the connected ones with their additional info, a finder for
 * existing channels by name or address (the municipality's school by its address), and the
 * additional-info dialog of one connection (description, charge; titles, not names of people).
 */
import { LIMITS } from '../../../domain/common/text-rules.ts';
import type { MessageKey } from '../../i18n.ts';
import { Csrf, ErrorSummary, type FieldError } from '../components.tsx';
import { Layout, type PageContext } from '../layout.tsx';
import { FORM_LANGUAGES } from '../service-form.ts';
import { EntityTabs, type EntitySummary } from './entity-tabs.tsx';

export interface ConnectionRow {
  channelId: string;
  channelType: string | null;
  channelStatus: string;
  name: string;
  description: string;
}

export interface ChannelHit {
  id: string;
  type: string | null;
  name: string;
  summary: string | null;
  own: boolean;
  owner: string;
}

export function ConnectionsPage(props: { page: PageContext; entity: EntitySummary; connections: ConnectionRow[]; versionTag: string; search: { searchType: string; q: string }; hits: ChannelHit[] | undefined }) {
  const { page, entity, connections, search, hits } = props;
  const { t } = page;
  const base = `/editor/services/${entity.id}`;
  return (
    <Layout page={page} title={`${t('connectionsTitle')} · ${entity.name}`}>
      <h1>{entity.name}</h1>
      <EntityTabs entity={entity} current="connections" t={t} />
      <h2>{t('connectionsTitle')}</h2>
      {connections.length === 0 ? (
        <p>{t('noConnections')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('connectionsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('channelName')}</th>
              <th scope="col">{t('contentType')}</th>
              <th scope="col">{t('connectionInfo')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {connections.map((c) => (
              <tr key={c.channelId}>
                <td>{c.name}</td>
                <td>{c.channelType ? t(`channel_${c.channelType}` as MessageKey) : ''}</td>
                <td>{c.description}</td>
                <td>
                  <a href={`${base}/connections/${c.channelId}`}>
                    {t('editConnection')}
                    <span className="visually-hidden">: {c.name}</span>
                  </a>
                  <form method="post" action={`${base}/connections/${c.channelId}/remove`} className="inline-form">
                    <Csrf token={page.csrf} />
                    <input type="hidden" name="versionTag" value={props.versionTag} />
                    <button type="submit" className="button button--small button--secondary">
                      {t('removeConnection')}
                      <span className="visually-hidden">: {c.name}</span>
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="add-channel">{t('addChannel')}</h2>
      <p>{t('addChannelIntro')}</p>
      <form method="get" action={`${base}/connections`} className="stack" role="search" aria-labelledby="add-channel">
        <fieldset>
          <legend>{t('searchType')}</legend>
          {(['name', 'address'] as const).map((type) => (
            <div className="radio" key={type}>
              <input type="radio" id={`searchType-${type}`} name="searchType" value={type} defaultChecked={search.searchType === type} />
              <label htmlFor={`searchType-${type}`}>{t(`searchType_${type}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="q">{t('searchWords')}</label>
          <input type="search" id="q" name="q" defaultValue={search.q} />
        </div>
        <button type="submit" className="button button--secondary">
          {t('search')}
        </button>
      </form>
      {hits && (
        <section aria-labelledby="hits-title">
          <h3 id="hits-title">{t('resultCount', { count: hits.length })}</h3>
          <ul className="results">
            {hits.map((hit) => (
              <li key={hit.id}>
                <strong>{hit.name}</strong> · {hit.type ? t(`channel_${hit.type}` as MessageKey) : ''} · {hit.owner}
                {!hit.own && <span className="badge badge--muted"> {t('otherOrganization')}</span>}
                {hit.summary && <p>{hit.summary}</p>}
                <a href={`${base}/connections/${hit.id}`} className="button button--small">
                  {t('connectChannel')}
                  <span className="visually-hidden">: {hit.name}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}

export function ConnectionDialogPage(props: { page: PageContext; entity: EntitySummary; channelName: string; channelId: string; connected: boolean; versionTag: string; values: Record<string, string>; errors: FieldError[] }) {
  const { page, entity, values, errors } = props;
  const { t } = page;
  const base = `/editor/services/${entity.id}`;
  return (
    <Layout page={page} title={`${t('connectionInfo')} · ${props.channelName}`}>
      <h1>
        {entity.name} – {props.channelName}
      </h1>
      <EntityTabs entity={entity} current="connections" t={t} />
      <h2>{t('connectionInfo')}</h2>
      <p>{t('connectionInfoIntro')}</p>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action={`${base}/connections/${props.channelId}`} className="stack" data-warn-unsaved noValidate>
        <Csrf token={page.csrf} />
        <input type="hidden" name="versionTag" value={props.versionTag} />
        {FORM_LANGUAGES.filter((lang) => entity.languageStatus[lang]).map((lang) => {
          const id = `description.${lang}`;
          const error = errors.find((e) => e.field === id);
          return (
            <div className="field" key={lang}>
              <label htmlFor={id}>
                {t('connectionDescription')} ({t(`contentLanguage_${lang}` as MessageKey)})
              </label>
              <span className="hint" id={`${id}-hint`}>
                {t('connectionDescriptionHint')} {t('maxCharacters', { max: LIMITS.connectionDescription })}
              </span>
              {error && (
                <span className="error-text" id={`${id}-error`}>
                  {error.message}
                </span>
              )}
              <textarea id={id} name={id} rows={3} maxLength={LIMITS.connectionDescription} defaultValue={values[id]} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} aria-invalid={error ? true : undefined} />
            </div>
          );
        })}
        <button type="submit" className="button">
          {props.connected ? t('saveConnection') : t('connectChannel')}
        </button>
      </form>
    </Layout>
  );
}
