/**
 * A service's channels (liitokset): the connected ones with their additional info, a finder for
 * existing channels by name or address (the municipality's school by its address), and the
 * additional-info dialog of one connection (description, charge, contacts by title, not names of
 * people, and the connection's own service hours).
 */
import { LIMITS } from '../../../domain/common/text-rules.ts';
import type { MessageKey, Translate } from '../../i18n.ts';
import { ContentField, Csrf, ErrorSummary, SelectField, type FieldError } from '../components.tsx';
import type { ConnectionFormValues } from '../connection-form.ts';
import { ServiceHoursEditor, type HolidayChoice } from './service-hours-editor.tsx';
import { Layout, type PageContext } from '../layout.tsx';
import { CHARGE_TYPES, FORM_LANGUAGES, type FormLanguage } from '../service-form.ts';
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

/** One text per language version of the service. */
function LocalizedFields({ field, label, hint, max, rows, values, errors, languages, t }: { field: string; label: string; hint: string; max: number; rows: number; values: Record<string, string>; errors: FieldError[]; languages: FormLanguage[]; t: Translate }) {
  return (
    <>
      {languages.map((lang) => (
        <ContentField key={lang} id={`${field}.${lang}`} label={`${label} (${t(`contentLanguage_${lang}` as MessageKey)})`} hint={`${hint} ${t('maxCharacters', { max })}`.trim()} value={values[lang] ?? ''} errors={errors} max={max} rows={rows} />
      ))}
    </>
  );
}

function ContactLanguage({ id, value, t }: { id: string; value: string; t: Translate }) {
  return (
    <div className="field">
      <label htmlFor={id}>{t('contactLanguage')}</label>
      <select id={id} name={id} defaultValue={value}>
        <option value="">{t('contactLanguageAll')}</option>
        {FORM_LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {t(`contentLanguage_${lang}` as MessageKey)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ConnectionDialogPage(props: { page: PageContext; entity: EntitySummary; channelName: string; channelId: string; connected: boolean; versionTag: string; values: ConnectionFormValues; errors: FieldError[]; holidays: HolidayChoice[] }) {
  const { page, entity, values, errors } = props;
  const { t } = page;
  const base = `/editor/services/${entity.id}`;
  const languages = FORM_LANGUAGES.filter((lang) => entity.languageStatus[lang]);
  // saved rows and one empty row for a new contact
  const phones = [...values.phones, { prefix: '+358', number: '', additionalInfo: '', lang: '' }];
  const emails = [...values.emails, { email: '', description: '', lang: '' }];
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
        <LocalizedFields field="description" label={t('connectionDescription')} hint={t('connectionDescriptionHint')} max={LIMITS.connectionDescription} rows={3} values={values.description} errors={errors} languages={languages} t={t} />
        <SelectField name="chargeType" label={t('chargeType')} hint={t('connectionChargeHint')} value={values.chargeType} errors={errors} options={[{ value: '', label: '–' }, ...CHARGE_TYPES.map((c) => ({ value: c, label: t(`chargeType_${c}`) }))]} />
        <LocalizedFields field="chargeInfo" label={t('field_chargeInfo')} hint="" max={LIMITS.chargeInfo} rows={2} values={values.chargeInfo} errors={errors} languages={languages} t={t} />
        <fieldset id="contacts">
          <legend>{t('connectionContacts')}</legend>
          <span className="hint">{t('connectionContactsHint')}</span>
          {phones.map((phone, i) => (
            <fieldset key={`p${i}`} id={`phones[${i}]`} className="contact-row">
              <legend>{phone.number ? t('phoneNumbered', { n: i + 1 }) : t('phoneNew')}</legend>
              <div className="field-row">
                <ContentField id={`phones[${i}].prefix`} label={t('phonePrefix')} value={phone.prefix} errors={errors} />
                <ContentField id={`phones[${i}].number`} label={t('phoneNumberField')} hint={t('phoneNumberHint')} value={phone.number} errors={errors} type="tel" />
                <ContentField id={`phones[${i}].additionalInfo`} label={t('contactTitle')} hint={t('contactTitleHint')} value={phone.additionalInfo} errors={errors} />
                <ContactLanguage id={`phones[${i}].lang`} value={phone.lang} t={t} />
              </div>
            </fieldset>
          ))}
          {emails.map((email, i) => (
            <fieldset key={`e${i}`} id={`emails[${i}]`} className="contact-row">
              <legend>{email.email ? t('emailNumbered', { n: i + 1 }) : t('emailNew')}</legend>
              <div className="field-row">
                <ContentField id={`emails[${i}].email`} label={t('email')} value={email.email} errors={errors} type="email" />
                <ContentField id={`emails[${i}].description`} label={t('contactTitle')} hint={t('contactTitleHint')} value={email.description} errors={errors} />
                <ContactLanguage id={`emails[${i}].lang`} value={email.lang} t={t} />
              </div>
            </fieldset>
          ))}
        </fieldset>
        <ServiceHoursEditor values={values.hours} errors={errors} t={t} holidays={props.holidays} language={page.language} />
        <button type="submit" className="button">
          {props.connected ? t('saveConnection') : t('connectChannel')}
        </button>
      </form>
    </Layout>
  );
}
