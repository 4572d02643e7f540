/** The person's own settings. */
import type { AccountSettings } from '../../../actions/people/account.ts';
import { UI_LANGUAGES } from '../../../shared/language.ts';
import { translator } from '../../i18n.ts';
import { Csrf, ErrorSummary, SelectField, TextField, type FieldError } from '../components.tsx';
import { Layout, type PageContext } from '../layout.tsx';

export function AccountPage({ page, email, form, errors = [] }: { page: PageContext; email: string; form: AccountSettings; errors?: FieldError[] }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('account')}>
      <h1>{t('account')}</h1>
      <p>{t('accountIntro')}</p>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action="/editor/account" className="stack" noValidate>
        <Csrf token={page.csrf} />
        <p>
          {t('email')}: <strong>{email}</strong>
        </p>
        <TextField name="name" label={t('name')} value={form.name ?? ''} hint={t('nameHint')} errors={errors} maxLength={200} autoComplete="name" />
        <SelectField name="language" label={t('uiLanguage')} value={form.language} errors={errors} options={UI_LANGUAGES.map((lang) => ({ value: lang, label: translator(lang)('languageName') }))} />
        <div className="field field--checkbox">
          <input id="digest" name="digest" type="checkbox" value="1" defaultChecked={form.digest} aria-describedby="digest-hint" />
          <label htmlFor="digest">{t('digestSetting')}</label>
          <span className="hint" id="digest-hint">
            {t('digestHint')}
          </span>
        </div>
        <button type="submit" className="button">
          {t('save')}
        </button>
      </form>
    </Layout>
  );
}
