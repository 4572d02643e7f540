/**
 * The service form: texts in language sections with per-language status, the markers of what
 * publishing requires, counters of the limits, the pickers, and the server's violations at each
 * field and summed up at the top. It posts the version tag it was loaded with; a conflict shows
 * what changed meanwhile and keeps what the user typed.
 */
import type { OrganizationChoice } from '../../../actions/catalogue/overview.ts';
import { LIMITS } from '../../../domain/common/text-rules.ts';
import type { MessageKey, Translate } from '../../i18n.ts';
import { CheckboxField, ContentField, Csrf, ErrorSummary, RadioGroup, type FieldError } from '../components.tsx';
import { ConflictNotice, LanguageChoice, LanguageTabs } from './form-parts.tsx';
import { Layout, type PageContext } from '../layout.tsx';
import { AreaSelect, ClassTreePicker, OntologyPicker, OrganizationPicker, TargetGroupPicker, type ClassNode, type OrganizationChoiceChip, type TermChoice } from '../pickers.tsx';
import { AREA_TYPES, CHARGE_TYPES, FORM_LANGUAGES, FUNDING_TYPES, PRODUCER_TEXT_MAX, SERVICE_TYPES, TEXT_FIELDS, type NamedLink, type ServiceFormValues } from '../service-form.ts';
import { EntityTabs, LanguageBadges, type EntitySummary } from './entity-tabs.tsx';

export interface Conflict {
  /** Versions saved after the one the form was loaded with. */
  versions: { version: string; actor: string; at: string; changedFields: string[] }[];
}

export interface ServicePageProps {
  page: PageContext;
  entity?: EntitySummary | undefined;
  values: ServiceFormValues;
  versionTag?: string | undefined;
  loadedVersion?: string | undefined;
  errors: FieldError[];
  conflict?: Conflict | undefined;
  organizations: OrganizationChoice[];
  serviceClasses: ClassNode[];
  targetGroups: ClassNode[];
  lifeEvents: ClassNode[];
  municipalities: { code: string; name: string }[];
  regions: { code: string; name: string }[];
  counties: { code: string; name: string }[];
  chosenTerms: TermChoice[];
  candidateTerms: TermChoice[];
  chosenOrganizations: OrganizationChoiceChip[];
  candidateOrganizations: OrganizationChoiceChip[];
  /** The most specific industrial classes with their section, named in the UI language. */
  industrialClasses: { code: string; name: string; section: string }[];
}

/** The domain's limits of the names (validate-service.ts): an act's name is longer than a voucher's. */
const NAME_LIMITS = { legislation: LIMITS.legislationName, vouchers: LIMITS.name } as const;

/**
 * Rows of a name and an address per language (acts, service vouchers): the saved ones and one
 * empty row; saving offers another.
 */
function LinkRows({ field, rows, legend, newLegend, errors, t }: { field: 'legislation' | 'vouchers'; rows: NamedLink[]; legend: (n: number) => string; newLegend: string; errors: FieldError[]; t: Translate }) {
  const blank = { name: { fi: '', sv: '', en: '' }, url: { fi: '', sv: '', en: '' } };
  return (
    <>
      {[...rows, blank].map((row, i) => (
        <fieldset key={i} id={`${field}[${i}]`} className="link-row">
          <legend>{i < rows.length ? legend(i + 1) : newLegend}</legend>
          {(['name', 'url'] as const).map((part) => {
            const path = `${field}[${i}].${part}`;
            const error = errors.find((e) => e.field === path);
            return (
              <div key={part} id={path} className="field-row">
                {error && <span className="error-text">{error.message}</span>}
                {FORM_LANGUAGES.map((lang) => (
                  <ContentField key={lang} id={`${path}.${lang}`} label={`${t(`linkPart_${part}`)} (${t(`contentLanguage_${lang}` as MessageKey)})`} value={row[part][lang]} errors={errors} type={part === 'url' ? 'url' : 'text'} max={part === 'name' ? NAME_LIMITS[field] : undefined} />
                ))}
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

/** One language's texts; ids are the violation paths (name.fi), so errors link to their field. */
function LanguageSection({ lang, props }: { lang: (typeof FORM_LANGUAGES)[number]; props: ServicePageProps }) {
  const { t } = props.page;
  const texts = props.values.texts[lang];
  return (
    <section id={`lang-${lang}`} className="language-section" data-language={lang} aria-labelledby={`lang-${lang}-title`}>
      <h2 id={`lang-${lang}-title`}>
        {t(`contentLanguage_${lang}` as MessageKey)} {props.entity && <LanguageBadges statuses={props.entity.languageStatus} only={lang} t={t} />}
      </h2>
      {TEXT_FIELDS.map(({ field, max, rows, required }) => (
        <ContentField key={field} id={`${field}.${lang}`} label={t(`field_${field}` as MessageKey)} hint={`${t(`fieldHint_${field}` as MessageKey)} ${t('maxCharacters', { max })}`} value={texts[field]} errors={props.errors} max={max} rows={rows} marker={required ? t('requiredToPublish') : undefined} />
      ))}
      <div className="field">
        <label htmlFor={`keywords.${lang}`}>{t('field_keywords')}</label>
        <span className="hint" id={`keywords.${lang}-hint`}>
          {t('fieldHint_keywords')}
        </span>
        <input type="text" id={`keywords.${lang}`} name={`keywords.${lang}`} defaultValue={texts.keywords} aria-describedby={`keywords.${lang}-hint`} />
      </div>
    </section>
  );
}

export function ServicePage(props: ServicePageProps) {
  const { page, values, errors, entity } = props;
  const { t, language } = page;
  const title = entity ? entity.name || t('untitled') : t('newService');
  const action = entity ? `/editor/services/${entity.id}` : '/editor/services/new';
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      {entity && <EntityTabs entity={entity} current="form" t={t} />}
      <ErrorSummary errors={errors} t={t} />
      {props.conflict && <ConflictNotice conflict={props.conflict} t={t} language={language} />}
      <form method="post" action={action} className="stack service-form" data-warn-unsaved noValidate>
        <Csrf token={page.csrf} />
        {props.versionTag && <input type="hidden" name="versionTag" value={props.versionTag} />}
        {props.loadedVersion && <input type="hidden" name="loadedVersion" value={props.loadedVersion} />}
        <LanguageChoice chosen={values.languages} t={t} hint={t('contentLanguagesHint')} />
        <LanguageTabs t={t} statuses={entity?.languageStatus} />
        {FORM_LANGUAGES.map((lang) => (
          <LanguageSection key={lang} lang={lang} props={props} />
        ))}
        <h2>{t('serviceDetails')}</h2>
        <RadioGroup name="type" legend={t('serviceType')} value={values.type} errors={errors} options={SERVICE_TYPES.map((value) => ({ value, label: t(`serviceType_${value}` as MessageKey) }))} />
        <RadioGroup name="fundingType" legend={t('fundingType')} hint={t('fundingTypeHint')} value={values.fundingType} errors={errors} options={FUNDING_TYPES.map((value) => ({ value, label: t(`fundingType_${value}` as MessageKey) }))} />
        <RadioGroup name="chargeType" legend={t('chargeType')} value={values.chargeType} errors={errors} options={CHARGE_TYPES.map((value) => ({ value, label: t(`chargeType_${value}` as MessageKey) }))} />
        <RadioGroup name="areaType" legend={t('areaType')} hint={t('areaTypeHint')} value={values.areaType} errors={errors} options={AREA_TYPES.map((value) => ({ value, label: t(`areaType_${value}` as MessageKey) }))} />
        <div className="area-pickers" id="areas">
          <AreaSelect kind="Municipality" label={t('municipalities')} options={props.municipalities} chosen={values.areas} />
          <AreaSelect kind="WellbeingServicesCounty" label={t('wellbeingServicesCounties')} options={props.counties} chosen={values.areas} />
          <AreaSelect kind="Region" label={t('regions')} options={props.regions} chosen={values.areas} />
        </div>
        <h2 id="organizing">{t('organizing')}</h2>
        <input type="hidden" name="organizingShown" value="1" />
        <div className="field">
          <label htmlFor="mainResponsibleOrganizationId">{t('mainResponsibleOrganization')}</label>
          <span className="hint" id="mainResponsibleOrganizationId-hint">
            {t('mainResponsibleOrganizationHint')}
          </span>
          <select id="mainResponsibleOrganizationId" name="mainResponsibleOrganizationId" defaultValue={values.mainResponsibleOrganizationId} aria-describedby="mainResponsibleOrganizationId-hint">
            {props.organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {`${'\u00a0\u00a0'.repeat(o.depth)}${o.name}`}
              </option>
            ))}
          </select>
        </div>
        <OrganizationPicker chosen={props.chosenOrganizations} candidates={props.candidateOrganizations} typed={values.organizationAdd} errors={errors} t={t} />
        <fieldset id="producers">
          <legend>{t('producers')}</legend>
          <span className="hint">{t('producersHint')}</span>
          <CheckboxField name="selfProduced" label={t('provision_SelfProduced')} hint={t('provision_SelfProducedHint')} checked={values.selfProduced} />
          {(['purchasedFrom', 'otherProducer'] as const).map((field) => (
            <div key={field} className="field-row">
              {FORM_LANGUAGES.map((lang) => (
                <ContentField key={lang} id={`${field}.${lang}`} label={`${t(`provision_${field}`)} (${t(`contentLanguage_${lang}` as MessageKey)})`} hint={t(`provision_${field}Hint`)} value={values[field][lang]} errors={errors} max={PRODUCER_TEXT_MAX} />
              ))}
            </div>
          ))}
        </fieldset>
        <h2>{t('classification')}</h2>
        <p>{t('classificationIntro')}</p>
        <TargetGroupPicker tree={props.targetGroups} chosen={values.targetGroups} errors={errors} language={language} t={t} />
        <ClassTreePicker name="serviceClasses" legend={t('serviceClasses')} hint={t('serviceClassesHint')} tree={props.serviceClasses} chosen={values.serviceClasses} errors={errors} language={language} t={t} required />
        <OntologyPicker chosen={props.chosenTerms} candidates={props.candidateTerms} typed={values.ontologyAdd} errors={errors} t={t} language={language} />
        <ClassTreePicker name="lifeEvents" legend={t('lifeEvents')} hint={t('lifeEventsHint')} tree={props.lifeEvents} chosen={values.lifeEvents} errors={errors} language={language} t={t} />
        <input type="hidden" name="legalShown" value="1" />
        {/* only valid for services to businesses: the long list is shown when it applies */}
        {(values.targetGroups.some((code) => code.startsWith('KR2')) || values.industrialClasses.length > 0) ? (
          <div className="field" id="industrialClasses">
            <label htmlFor="industrialClasses-select">{t('industrialClasses')}</label>
            <span className="hint" id="industrialClasses-hint">
              {t('industrialClassesHint')}
            </span>
            {errors.filter((e) => e.field.startsWith('industrialClasses')).map((e) => (
              <span key={e.message} className="error-text">
                {e.message}
              </span>
            ))}
            <select id="industrialClasses-select" name="industrialClasses" multiple size={8} defaultValue={values.industrialClasses} aria-describedby="industrialClasses-hint">
              {[...new Set(props.industrialClasses.map((c) => c.section))].map((section) => (
                <optgroup key={section} label={section}>
                  {props.industrialClasses.filter((c) => c.section === section).map((c) => (
                    <option key={c.code} value={c.code}>{`${c.code} ${c.name}`}</option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        ) : (
          values.industrialClasses.map((code) => <input key={code} type="hidden" name="industrialClasses" value={code} />)
        )}
        <h2 id="legal">{t('legislationAndVouchers')}</h2>
        <fieldset id="legislation">
          <legend>{t('legislation')}</legend>
          <span className="hint">{t('legislationHint')}</span>
          <LinkRows field="legislation" rows={values.legislation} legend={(n) => t('legislationNumbered', { n })} newLegend={t('legislationNew')} errors={errors} t={t} />
        </fieldset>
        <fieldset id="vouchers">
          <legend>{t('vouchers')}</legend>
          <CheckboxField name="vouchersInUse" label={t('vouchersInUse')} hint={t('vouchersInUseHint')} checked={values.vouchersInUse} />
          <LinkRows field="vouchers" rows={values.vouchers} legend={(n) => t('voucherNumbered', { n })} newLegend={t('voucherNew')} errors={errors} t={t} />
        </fieldset>
        <button type="submit" className="button">
          {entity ? t('saveDraft') : t('createDraft')}
        </button>
      </form>
    </Layout>
  );
}
