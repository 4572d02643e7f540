/**
 * The channel form for all five types: texts per language, owner and sharing, and each type's own
 * fields; a service location has its visiting address (the postal code fills in the municipality)
 * and weekly opening hours. Same rules as the service form: violations at the fields, the loaded
 * version tag, input kept on a conflict.
 */
import type { OrganizationChoice } from '../../../actions/catalogue/overview.ts';
import { WEEKDAYS } from '../../../domain/service-hours/service-hours.ts';
import type { MessageKey } from '../../i18n.ts';
import { Csrf, ErrorSummary, Notice, type FieldError } from '../components.tsx';
import { Layout, type PageContext } from '../layout.tsx';
import { CHANNEL_TEXTS, TYPE_LOCALIZED, type ChannelFormValues } from '../channel-form.ts';
import { FORM_LANGUAGES } from '../service-form.ts';
import { EntityTabs, LanguageBadges, type EntitySummary } from './entity-tabs.tsx';
import type { Conflict } from './service.page.tsx';

export interface ChannelPageProps {
  page: PageContext;
  entity?: EntitySummary | undefined;
  values: ChannelFormValues;
  versionTag?: string | undefined;
  loadedVersion?: string | undefined;
  errors: FieldError[];
  conflict?: Conflict | undefined;
  organizations: OrganizationChoice[];
  municipality?: string | undefined;
}

function Input({ id, label, hint, value, errors, type = 'text', max, rows = 0, required }: { id: string; label: string; hint?: string; value: string; errors: FieldError[]; type?: string; max?: number; rows?: number; required?: string | undefined }) {
  const error = errors.find((e) => e.field === id);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const control = { id, name: id, defaultValue: value, maxLength: max, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="publish-required"> ({required})</span>}
      </label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error-text" id={`${id}-error`}>
          {error.message}
        </span>
      )}
      {rows ? <textarea rows={rows} {...control} /> : <input type={type} {...control} />}
    </div>
  );
}

export function ChannelPage(props: ChannelPageProps) {
  const { page, values, errors, entity } = props;
  const { t } = page;
  const typeName = t(`channel_${values.type}` as MessageKey);
  const title = entity ? entity.name || t('untitled') : `${t('newChannel')}: ${typeName}`;
  const action = entity ? `/editor/channels/${entity.id}` : `/editor/channels/new?type=${values.type}`;
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      {entity && <EntityTabs entity={entity} current="form" t={t} />}
      <p>
        <span className="badge">{typeName}</span>
      </p>
      <ErrorSummary errors={errors} t={t} />
      {props.conflict && (
        <Notice kind="warning">
          <strong>{t('conflictTitle')}</strong> {t('conflictText')}
          <ul>
            {props.conflict.versions.map((v) => (
              <li key={v.version}>{t('conflictVersion', { version: v.version, actor: v.actor, at: new Date(v.at).toLocaleString('fi-FI', { timeZone: 'Europe/Helsinki' }), fields: v.changedFields.join(', ') || '–' })}</li>
            ))}
          </ul>
        </Notice>
      )}
      <form method="post" action={action} className="stack" data-warn-unsaved noValidate>
        <Csrf token={page.csrf} />
        {props.versionTag && <input type="hidden" name="versionTag" value={props.versionTag} />}
        {props.loadedVersion && <input type="hidden" name="loadedVersion" value={props.loadedVersion} />}
        <fieldset id="languages">
          <legend>{t('contentLanguages')}</legend>
          {FORM_LANGUAGES.map((lang) => (
            <div className="checkbox" key={lang}>
              <input type="checkbox" id={`languages-${lang}`} name="languages" value={lang} defaultChecked={values.languages.includes(lang)} />
              <label htmlFor={`languages-${lang}`}>{t(`contentLanguage_${lang}` as MessageKey)}</label>
            </div>
          ))}
        </fieldset>
        {FORM_LANGUAGES.map((lang) => (
          <section key={lang} id={`lang-${lang}`} className="language-section" aria-labelledby={`lang-${lang}-title`}>
            <h2 id={`lang-${lang}-title`}>
              {t(`contentLanguage_${lang}` as MessageKey)} {entity && <LanguageBadges statuses={entity.languageStatus} only={lang} t={t} />}
            </h2>
            {CHANNEL_TEXTS.map(({ field, max, rows, required }) => (
              <Input key={field} id={`${field}.${lang}`} label={t(`channelField_${field}` as MessageKey)} hint={t('maxCharacters', { max })} value={values.texts[lang][field] ?? ''} errors={errors} max={max} rows={rows} required={required ? t('requiredToPublish') : undefined} />
            ))}
            {TYPE_LOCALIZED[values.type].map((field) => (
              <Input key={field} id={`${field}.${lang}`} label={t(`channelField_${field}` as MessageKey)} hint={t(`channelHint_${field}` as MessageKey)} value={values.texts[lang][field] ?? ''} errors={errors} type={field === 'url' || field === 'formFile' ? 'url' : 'text'} />
            ))}
          </section>
        ))}
        <h2>{t('channelDetails')}</h2>
        <div className="field">
          <label htmlFor="organizationId">{t('organization')}</label>
          <select id="organizationId" name="organizationId" defaultValue={values.organizationId}>
            {props.organizations.map((o) => (
              <option key={o.id} value={o.id}>{`${'\u00a0\u00a0'.repeat(o.depth)}${o.name}`}</option>
            ))}
          </select>
        </div>
        <div className="field field--checkbox">
          <input type="checkbox" id="sharedForAll" name="sharedForAll" value="1" defaultChecked={values.sharedForAll} aria-describedby="sharedForAll-hint" />
          <label htmlFor="sharedForAll">{t('sharedForAll')}</label>
          <span className="hint" id="sharedForAll-hint">
            {t('sharedForAllHint')}
          </span>
        </div>
        {(values.type === 'Phone' || values.type === 'ServiceLocation') && (
          <fieldset id="phones">
            <legend>{t('phoneNumber')}</legend>
            <div className="field-row">
              <Input id="phonePrefix" label={t('phonePrefix')} value={values.phonePrefix} errors={errors} />
              <Input id="phoneNumber" label={t('phoneNumberField')} hint={t('phoneNumberHint')} value={values.phoneNumber} errors={errors} type="tel" required={values.type === 'Phone' ? t('requiredToPublish') : undefined} />
            </div>
            <div className="field">
              <label htmlFor="phoneChargeType">{t('chargeType')}</label>
              <select id="phoneChargeType" name="phoneChargeType" defaultValue={values.phoneChargeType}>
                <option value="">–</option>
                {(['Free', 'Charged', 'Other'] as const).map((c) => (
                  <option key={c} value={c}>
                    {t(`chargeType_${c}`)}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
        )}
        {values.type === 'ServiceLocation' && (
          <>
            <fieldset id="visitingAddresses">
              <legend>{t('visitingAddress')}</legend>
              <div className="field-row">
                <Input id="streetNumber" label={t('streetNumber')} value={values.streetNumber} errors={errors} />
                <div className="field">
                  <label htmlFor="postalCode">{t('postalCode')}</label>
                  <span className="hint" id="postalCode-hint">
                    {t('postalCodeHint')}
                  </span>
                  <input id="postalCode" name="postalCode" defaultValue={values.postalCode} inputMode="numeric" maxLength={5} aria-describedby="postalCode-hint municipality-name" hx-get="/editor/postal-code" hx-trigger="input changed delay:300ms" hx-target="#municipality-name" hx-params="postalCode" />
                  <span id="municipality-name" aria-live="polite">
                    {props.municipality ?? ''}
                  </span>
                </div>
              </div>
            </fieldset>
            <fieldset id="serviceHours">
              <legend>{t('weeklyHours')}</legend>
              <span className="hint">{t('weeklyHoursHint')}</span>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('weekday')}</th>
                    <th scope="col">{t('opens')}</th>
                    <th scope="col">{t('closes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {WEEKDAYS.map((day) => (
                    <tr key={day}>
                      <th scope="row">{t(`weekday_${day}` as MessageKey)}</th>
                      <td>
                        <input type="time" name={`hours.${day}.start`} defaultValue={values.hours[day].start} aria-label={`${t(`weekday_${day}` as MessageKey)}: ${t('opens')}`} />
                      </td>
                      <td>
                        <input type="time" name={`hours.${day}.end`} defaultValue={values.hours[day].end} aria-label={`${t(`weekday_${day}` as MessageKey)}: ${t('closes')}`} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </fieldset>
          </>
        )}
        <button type="submit" className="button">
          {entity ? t('saveDraft') : t('createDraft')}
        </button>
      </form>
    </Layout>
  );
}
