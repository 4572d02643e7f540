/**
 * The channel form for all five types: texts per language, owner and sharing, and each type's own
 * fields; a service location has its visiting address (the postal code fills in the municipality)
 * and entrance accessibility, online channels their accessibility statement, and the channels
 * customers use at certain times their service hours (regular, exceptional, holidays). Same rules as the service form: violations at the fields, the loaded
 * version tag, input kept on a conflict.
 */
import type { OrganizationChoice } from '../../../actions/catalogue/overview.ts';
import type { MessageKey } from '../../i18n.ts';
import { CheckboxField, ContentField, Csrf, ErrorSummary, SelectField, type FieldError } from '../components.tsx';
import { ServiceHoursEditor, type HolidayChoice } from './service-hours-editor.tsx';
import { ConflictNotice, LanguageChoice, LanguageTabs } from './form-parts.tsx';
import { Layout, type PageContext } from '../layout.tsx';
import { ACCESSIBILITY_TYPES, CHANNEL_TEXTS, COMPLIANCE_LEVELS, HOURS_TYPES, TYPE_LOCALIZED, WCAG_LEVELS, type ChannelFormValues } from '../channel-form.ts';
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
  holidays: HolidayChoice[];
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
      {props.conflict && <ConflictNotice conflict={props.conflict} t={t} language={page.language} />}
      <form method="post" action={action} className="stack" data-warn-unsaved noValidate>
        <Csrf token={page.csrf} />
        {props.versionTag && <input type="hidden" name="versionTag" value={props.versionTag} />}
        {props.loadedVersion && <input type="hidden" name="loadedVersion" value={props.loadedVersion} />}
        <LanguageChoice chosen={values.languages} t={t} />
        <LanguageTabs t={t} statuses={entity?.languageStatus} />
        {FORM_LANGUAGES.map((lang) => (
          <section key={lang} id={`lang-${lang}`} className="language-section" data-language={lang} aria-labelledby={`lang-${lang}-title`}>
            <h2 id={`lang-${lang}-title`}>
              {t(`contentLanguage_${lang}` as MessageKey)} {entity && <LanguageBadges statuses={entity.languageStatus} only={lang} t={t} />}
            </h2>
            {CHANNEL_TEXTS.map(({ field, max, rows, required }) => (
              <ContentField key={field} id={`${field}.${lang}`} label={t(`channelField_${field}` as MessageKey)} hint={t('maxCharacters', { max })} value={values.texts[lang][field] ?? ''} errors={errors} max={max} rows={rows} marker={required ? t('requiredToPublish') : undefined} />
            ))}
            {TYPE_LOCALIZED[values.type].map((field) => {
              const key = field.replace('.', '_');
              return <ContentField key={field} id={`${field}.${lang}`} label={t(`channelField_${key}` as MessageKey)} hint={t(`channelHint_${key}` as MessageKey)} value={values.texts[lang][field] ?? ''} errors={errors} type={field === 'url' || field === 'formFile' || field === 'accessibility.statementUrl' ? 'url' : 'text'} rows={field === 'entrance' ? 4 : 0} />;
            })}
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
        <CheckboxField name="sharedForAll" label={t('sharedForAll')} hint={t('sharedForAllHint')} checked={values.sharedForAll} />
        {(values.type === 'Phone' || values.type === 'ServiceLocation') && (
          <fieldset id="phones">
            <legend>{t('phoneNumber')}</legend>
            <div className="field-row">
              <ContentField id="phonePrefix" label={t('phonePrefix')} value={values.phonePrefix} errors={errors} />
              <ContentField id="phoneNumber" label={t('phoneNumberField')} hint={t('phoneNumberHint')} value={values.phoneNumber} errors={errors} type="tel" marker={values.type === 'Phone' ? t('requiredToPublish') : undefined} />
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
                <ContentField id="streetNumber" label={t('streetNumber')} value={values.streetNumber} errors={errors} />
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
          </>
        )}
        {ACCESSIBILITY_TYPES.includes(values.type) && (
          <fieldset id="accessibility">
            <legend>{t('accessibilityStatement')}</legend>
            <span className="hint">{t('accessibilityStatementHint')}</span>
            <SelectField name="accessibility.compliance" label={t('accessibilityCompliance')} value={values.compliance} errors={errors} options={[{ value: '', label: '–' }, ...COMPLIANCE_LEVELS.map((c) => ({ value: c, label: t(`compliance_${c}`) }))]} />
            <SelectField name="accessibility.wcagLevel" label={t('wcagLevel')} hint={t('wcagLevelHint')} value={values.wcagLevel} errors={errors} options={[{ value: '', label: '–' }, ...WCAG_LEVELS.map((level) => ({ value: level, label: `WCAG 2.1 ${level}` }))]} />
          </fieldset>
        )}
        {HOURS_TYPES.includes(values.type) && <ServiceHoursEditor values={values.hours} errors={errors} t={t} holidays={props.holidays} language={page.language} />}
        <button type="submit" className="button">
          {entity ? t('saveDraft') : t('createDraft')}
        </button>
      </form>
    </Layout>
  );
}
