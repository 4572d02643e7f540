/** The editor's search page (the seed's "Palvelutietovaranto" search): search types, filters and results with a status per language. */
import type { OrganizationChoice } from '../../../actions/catalogue/overview.ts';
import { EDITOR_SEARCH_TYPES, SEARCH_STATUSES, type EditorSearchItem, type EditorSearchType } from '../../../actions/search/search.ts';
import { Csrf, ErrorSummary, SelectField, type FieldError } from '../components.tsx';
import type { MessageKey } from '../../i18n.ts';
import { Layout, type PageContext } from '../layout.tsx';

export const CONTENT_TYPES = ['service', 'organization', 'channel:EChannel', 'channel:WebPage', 'channel:PrintableForm', 'channel:Phone', 'channel:ServiceLocation'] as const;

export interface SearchForm {
  searchType: EditorSearchType;
  q: string;
  contentType: string;
  organization: string;
  language: string;
  status: string;
  onlyMine: boolean;
  offset: number;
}

export type SearchItem = EditorSearchItem;

export const PAGE_SIZE = 20;
const LANGUAGE_ORDER = ['fi', 'sv', 'en', 'se', 'smn', 'sms'];

const contentTypeLabel = (value: string): MessageKey => (value.startsWith('channel:') ? (`channel_${value.slice(8)}` as MessageKey) : (`kind_${value}` as MessageKey));
const badge = (status: string) => (status === 'published' ? 'badge--success' : status === 'modified' || status === 'draft' ? 'badge--warning' : 'badge--muted');

function Filters({ page, form, organizations }: { page: PageContext; form: SearchForm; organizations: OrganizationChoice[] }) {
  const { t } = page;
  const all = { value: '', label: t('all') };
  return (
    <fieldset className="panel">
      <legend className="fi-text-heading4">{t('filters')}</legend>
      <SelectField name="contentType" label={t('contentType')} value={form.contentType} options={[all, ...CONTENT_TYPES.map((value) => ({ value, label: t(contentTypeLabel(value)) }))]} />
      <SelectField name="organization" label={t('organization')} value={form.organization} options={[all, ...organizations.map((o) => ({ value: o.id, label: `${'\u2003'.repeat(o.depth)}${o.name}` }))]} />
      <SelectField name="language" label={t('languageVersion')} value={form.language} options={[all, ...(['fi', 'sv', 'en'] as const).map((code) => ({ value: code, label: code.toUpperCase() }))]} />
      <SelectField name="status" label={t('status')} value={form.status} options={[all, ...SEARCH_STATUSES.map((status) => ({ value: status, label: t(`status_${status}`) }))]} />
      <label className="radio">
        <input type="checkbox" name="onlyMine" value="1" defaultChecked={form.onlyMine} /> <span>{t('onlyMine')}</span>
      </label>
    </fieldset>
  );
}

/** A refused mass-tool form brought back: its errors and what was chosen (rows stay ticked). */
export interface MassFormState {
  errors: FieldError[];
  action: string;
  languages: string[];
  organizationId: string;
  ids: string[];
}

const MASS_ACTIONS = ['publish', 'archive', 'restore', 'copy'] as const;

/**
 * The mass tools: the rows' checkboxes belong to this form (form="mass-form"), or all results of
 * the search. The languages apply to publishing and the organization to copying: a style rule
 * shows each only with its action (no JavaScript needed); browsers without :has() show both, and
 * each says which action it is for.
 */
function MassTools({ page, total, form, organizations, mass }: { page: PageContext; total: number; form: SearchForm; organizations: OrganizationChoice[]; mass?: MassFormState | undefined }) {
  const { t } = page;
  const errors = mass?.errors ?? [];
  const languages = mass?.languages ?? ['fi'];
  const languageError = errors.find((e) => e.field === 'languages');
  return (
    <form method="post" action="/editor/mass" id="mass-form" className="panel stack" noValidate>
      <Csrf token={page.csrf} />
      <input type="hidden" name="search" value={new URLSearchParams(Object.entries(form).map(([k, v]): [string, string] => [k, String(v)])).toString()} />
      <ErrorSummary errors={errors} t={t} />
      <fieldset id="ids">
        <legend>{t('massTools')}</legend>
        <span className="hint">{t('massToolsHint')}</span>
        <div className="checkbox">
          <input type="checkbox" id="allMatching" name="allMatching" value="1" />
          <label htmlFor="allMatching">{t('massAllMatching', { count: Math.min(total, 1000) })}</label>
        </div>
        <SelectField name="action" label={t('massAction')} value={mass?.action} errors={errors} options={MASS_ACTIONS.map((action) => ({ value: action, label: t(`massAction_${action}`) }))} />
        <fieldset id="languages" aria-describedby={languageError ? 'languages-error' : undefined}>
          <legend>{t('massLanguages')}</legend>
          {languageError && (
            <span className="error-text" id="languages-error">
              {languageError.message}
            </span>
          )}
          {(['fi', 'sv', 'en'] as const).map((lang) => (
            <div className="checkbox" key={lang}>
              <input type="checkbox" id={`mass-${lang}`} name="languages" value={lang} defaultChecked={languages.includes(lang)} />
              <label htmlFor={`mass-${lang}`}>{t(`contentLanguage_${lang}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="mass-copy-to">
          <SelectField
            name="organizationId"
            label={t('massCopyTo')}
            hint={t('massCopyToHint')}
            value={mass?.organizationId}
            errors={errors}
            options={[{ value: '', label: t('massCopyChoose') }, ...organizations.map((o) => ({ value: o.id, label: `${'\u00a0\u00a0'.repeat(o.depth)}${o.name}` }))]}
          />
        </div>
        <button type="submit" className="button">
          {t('massStart')}
        </button>
      </fieldset>
    </form>
  );
}

function Results({ page, items, total, totalIsExact = true, form, names, organizations, mass }: { page: PageContext; items: SearchItem[]; total: number; totalIsExact?: boolean; form: SearchForm; names: Map<string, string>; organizations: OrganizationChoice[]; mass?: MassFormState | undefined }) {
  const { t, language } = page;
  const link = (offset: number) => `/editor/search?${new URLSearchParams({ ...Object.fromEntries(Object.entries(form).map(([k, v]) => [k, String(v)])), onlyMine: form.onlyMine ? '1' : '', offset: String(offset) })}`;
  if (total === 0) return <p role="status">{t('noResults')}</p>;
  return (
    <>
      <p role="status">{t('resultCount', { count: totalIsExact ? total : `${total}+` })}</p>
      <MassTools page={page} total={total} form={form} organizations={organizations} mass={mass} />
      <table>
        <caption className="visually-hidden">{t('searchTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('massSelect')}</span>
            </th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('contentType')}</th>
            <th scope="col">{t('organization')}</th>
            <th scope="col">{t('languageVersion')}</th>
            <th scope="col">{t('modified')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                {item.own && <input type="checkbox" name="ids" value={item.id} form="mass-form" defaultChecked={mass?.ids.includes(item.id)} aria-label={`${t('massSelect')}: ${item.name}`} />}
              </td>
              <td>
                <strong>{item.name}</strong>
                {!item.own && (
                  <>
                    {' '}
                    <span className="badge badge--muted">{t('otherOrganization')}</span>
                  </>
                )}
                {item.summary && (
                  <>
                    <br />
                    <small>{item.summary}</small>
                  </>
                )}
              </td>
              <td>{t(item.kind === 'channel' && item.type ? (`channel_${item.type}` as MessageKey) : (`kind_${item.kind}` as MessageKey))}</td>
              <td>{(item.kind === 'organization' ? names.get(item.id) : item.organizationId && names.get(item.organizationId)) ?? ''}</td>
              <td>
                {Object.entries(item.languageStatus).sort(([a], [b]) => LANGUAGE_ORDER.indexOf(a) - LANGUAGE_ORDER.indexOf(b)).map(([lang, status]) => (
                  <span key={lang} className={`badge ${badge(status)}`} style={{ marginRight: 4 }}>
                    <abbr title={t(`status_${status}` as MessageKey)}>{lang.toUpperCase()}</abbr>
                    <span className="visually-hidden">: {t(`status_${status}` as MessageKey)}</span>
                  </span>
                ))}
              </td>
              <td>{new Date(item.modifiedAt).toLocaleDateString(`${language}-FI`, { timeZone: 'Europe/Helsinki' })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="actions" aria-label={t('searchTitle')}>
        {form.offset > 0 && <a href={link(Math.max(0, form.offset - PAGE_SIZE))}>{t('previousPage')}</a>}
        {form.offset + PAGE_SIZE < total && <a href={link(form.offset + PAGE_SIZE)}>{t('nextPage')}</a>}
      </nav>
    </>
  );
}

export function SearchPage({ page, form, organizations, owners, items, total, totalIsExact, mass }: { page: PageContext; form: SearchForm; organizations: OrganizationChoice[]; owners: Map<string, string>; items: SearchItem[]; total: number; totalIsExact?: boolean; mass?: MassFormState | undefined }) {
  const { t } = page;
  const names = owners;
  return (
    <Layout page={page} title={t('searchTitle')}>
      <h1>{t('frontTitle')}</h1>
      <p>{t('frontIntro')}</p>
      <form method="get" action="/editor/search" role="search">
        <fieldset className="field">
          <legend>{t('searchType')}</legend>
          {EDITOR_SEARCH_TYPES.map((type) => (
            <label key={type} className="radio">
              <input type="radio" name="searchType" value={type} defaultChecked={form.searchType === type} /> <span>{t(`searchType_${type}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="q">{t('searchWords')}</label>
          <span className="hint" id="q-hint">
            {t(`searchHint_${form.searchType}`)}
          </span>
          <input id="q" name="q" type="text" defaultValue={form.q} aria-describedby="q-hint" maxLength={200} />
        </div>
        <Filters page={page} form={form} organizations={organizations} />
        <button type="submit" className="button">
          {t('search')}
        </button>
      </form>
      <h2>{t('searchTitle')}</h2>
      <Results page={page} items={items} total={total} totalIsExact={totalIsExact} form={form} names={names} organizations={organizations} mass={mass} />
    </Layout>
  );
}
