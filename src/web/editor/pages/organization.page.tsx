/** The organization form with its sub-organization tree. */
import type { OrganizationChoice } from '../../../actions/catalogue/overview.ts';
import type { MessageKey } from '../../i18n.ts';
import { ContentField, Csrf, ErrorSummary, type FieldError } from '../components.tsx';
import { ConflictNotice, LanguageChoice, LanguageTabs } from './form-parts.tsx';
import { Layout, type PageContext } from '../layout.tsx';
import { ORGANIZATION_TEXTS, ORGANIZATION_TYPES, type OrganizationFormValues } from '../organization-form.ts';
import { FORM_LANGUAGES } from '../service-form.ts';
import { EntityTabs, LanguageBadges, type EntitySummary } from './entity-tabs.tsx';
import type { Conflict } from './service.page.tsx';

export interface OrganizationPageProps {
  page: PageContext;
  entity?: EntitySummary | undefined;
  values: OrganizationFormValues;
  versionTag?: string | undefined;
  loadedVersion?: string | undefined;
  errors: FieldError[];
  conflict?: Conflict | undefined;
  parents: OrganizationChoice[];
  children: OrganizationChoice[];
}

export function OrganizationPage(props: OrganizationPageProps) {
  const { page, values, errors, entity } = props;
  const { t } = page;
  const title = entity ? entity.name || t('untitled') : t('newOrganization');
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      {entity && <EntityTabs entity={entity} current="form" t={t} />}
      <ErrorSummary errors={errors} t={t} />
      {props.conflict && <ConflictNotice conflict={props.conflict} t={t} language={page.language} />}
      <form method="post" action={entity ? `/editor/organizations/${entity.id}` : '/editor/organizations/new'} className="stack" data-warn-unsaved noValidate>
        <Csrf token={page.csrf} />
        {props.versionTag && <input type="hidden" name="versionTag" value={props.versionTag} />}
        {props.loadedVersion && <input type="hidden" name="loadedVersion" value={props.loadedVersion} />}
        <fieldset id="type">
          <legend>{t('organizationType')}</legend>
          {ORGANIZATION_TYPES.map((type) => (
            <div className="radio" key={type}>
              <input type="radio" id={`type-${type}`} name="type" value={type} defaultChecked={values.type === type} />
              <label htmlFor={`type-${type}`}>{t(`organizationType_${type}` as MessageKey)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="parentOrganizationId">{t('parentOrganization')}</label>
          <select id="parentOrganizationId" name="parentOrganizationId" defaultValue={values.parentOrganizationId}>
            <option value="">–</option>
            {props.parents.filter((o) => o.id !== entity?.id).map((o) => (
              <option key={o.id} value={o.id}>{`${'\u00a0\u00a0'.repeat(o.depth)}${o.name}`}</option>
            ))}
          </select>
        </div>
        <ContentField id="businessId" label={t('businessId')} hint={t('businessIdHint')} value={values.businessId} errors={errors} max={9} />
        <ContentField id="municipalityCode" label={t('municipalityCode')} hint={t('municipalityCodeHint')} value={values.municipalityCode} errors={errors} max={3} />
        <LanguageChoice chosen={values.languages} t={t} />
        <LanguageTabs t={t} statuses={entity?.languageStatus} idPrefix="org" />
        {FORM_LANGUAGES.map((lang) => (
          <section key={lang} id={`org-${lang}`} className="language-section" data-language={lang} aria-labelledby={`org-${lang}-title`}>
            <h2 id={`org-${lang}-title`}>
              {t(`contentLanguage_${lang}` as MessageKey)} {entity && <LanguageBadges statuses={entity.languageStatus} only={lang} t={t} />}
            </h2>
            {ORGANIZATION_TEXTS.map(({ field, max, rows, required }) => (
              <ContentField key={field} id={`${field}.${lang}`} label={t(`organizationField_${field}` as MessageKey)} hint={t('maxCharacters', { max })} value={values.texts[lang][field] ?? ''} errors={errors} max={max} rows={rows} marker={required ? t('requiredToPublish') : undefined} />
            ))}
          </section>
        ))}
        <button type="submit" className="button">
          {entity ? t('saveDraft') : t('createDraft')}
        </button>
      </form>
      {entity && (
        <section aria-labelledby="sub-title">
          <h2 id="sub-title">{t('subOrganizations')}</h2>
          {props.children.length === 0 ? (
            <p>{t('noSubOrganizations')}</p>
          ) : (
            <ul>
              {props.children.map((o) => (
                <li key={o.id} style={{ marginLeft: `${o.depth * 1.5}rem` }}>
                  <a href={`/editor/organizations/${o.id}`}>{o.name}</a>
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href={`/editor/organizations/new?parent=${entity.id}`}>{t('addSubOrganization')}</a>
          </p>
        </section>
      )}
    </Layout>
  );
}
