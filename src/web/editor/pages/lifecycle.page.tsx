/**
 * The dialogs of a content's life as pages (they work without JavaScript): publish per language
 * now or at a minute, listing every blocking issue with a link to its field; withdraw published
 * languages back to drafts after a confirmation; archive now or at a date (the training's dialog);
 * restore; copy as a template. The history has its own page (history.page.tsx).
 */
import type { LanguageCheck } from '../../../actions/catalogue/publish-check.ts';
import type { MessageKey } from '../../i18n.ts';
import type { OrganizationChoice } from '../../../actions/catalogue/overview.ts';
import { Csrf, ErrorSummary, SelectField, type FieldError } from '../components.tsx';
import { Layout, type PageContext } from '../layout.tsx';
import { EntityTabs, type EntitySummary } from './entity-tabs.tsx';
import { violationText } from '../form-errors.ts';

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
                          <a href={`${form}#${fieldOf(v.path)}`}>{violationText(v, entity.kind, t)}</a>
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
      <Withdraw page={page} entity={entity} checks={checks} versionTag={values.versionTag ?? ''} errors={errors} />
    </Layout>
  );
}

/**
 * Withdrawing published language versions back to drafts (PTV's "palauta luonnokseksi"): the
 * languages are chosen here and confirmed on the next page, because they leave public use at once.
 */
function Withdraw({ page, entity, checks, versionTag, errors }: { page: PageContext; entity: EntitySummary; checks: LanguageCheck[]; versionTag: string; errors: FieldError[] }) {
  const { t } = page;
  const published = checks.filter((check) => check.status === 'published' || check.status === 'modified');
  if (published.length === 0) return null;
  const error = errors.find((e) => e.field === 'withdrawLanguages');
  return (
    <section aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t('withdrawTitle')}</h2>
      <p>{t('withdrawIntro')}</p>
      <form method="post" action={`/editor/${entity.kind}s/${entity.id}/withdraw`} className="stack" noValidate>
        <Csrf token={page.csrf} />
        <input type="hidden" name="versionTag" value={versionTag} />
        <fieldset id="withdrawLanguages" aria-describedby={error ? 'withdrawLanguages-error' : undefined}>
          <legend>{t('withdrawLanguages')}</legend>
          {error && (
            <span className="error-text" id="withdrawLanguages-error">
              {error.message}
            </span>
          )}
          {published.map((check) => (
            <div key={check.language} className="checkbox">
              <input type="checkbox" id={`withdraw-${check.language}`} name="languages" value={check.language} />
              <label htmlFor={`withdraw-${check.language}`}>
                {t(`contentLanguage_${check.language}` as MessageKey)} ({t(`status_${check.status}` as MessageKey)})
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button button--secondary">
          {t('withdrawContinue')}
        </button>
      </form>
    </section>
  );
}

/** "Are you sure?": what happens to the chosen language versions, with the final button and a way back. */
export function WithdrawConfirmPage({ page, entity, languages, versionTag }: { page: PageContext; entity: EntitySummary; languages: string[]; versionTag: string }) {
  const { t } = page;
  const base = `/editor/${entity.kind}s/${entity.id}`;
  const names = languages.map((lang) => t(`contentLanguage_${lang}` as MessageKey)).join(', ');
  return (
    <Layout page={page} title={`${t('withdrawConfirmTitle')} · ${entity.name}`}>
      <h1>{entity.name}</h1>
      <EntityTabs entity={entity} current="publish" t={t} />
      <h2>{t('withdrawConfirmTitle')}</h2>
      <div className="notice notice--warning">
        <p>{t('withdrawConfirmText', { languages: names })}</p>
        <p>{t('withdrawConfirmDraft')}</p>
      </div>
      <form method="post" action={`${base}/withdraw`} className="actions">
        <Csrf token={page.csrf} />
        <input type="hidden" name="versionTag" value={versionTag} />
        <input type="hidden" name="confirm" value="1" />
        {languages.map((lang) => (
          <input key={lang} type="hidden" name="languages" value={lang} />
        ))}
        <button type="submit" className="button button--danger">
          {t('withdrawButton')}
        </button>
        <a href={`${base}/publish`}>{t('cancel')}</a>
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
