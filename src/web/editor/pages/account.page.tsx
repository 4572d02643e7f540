/** The person's own settings. */
import type { AccountSettings } from '../../../actions/people/account.ts';
import { UI_LANGUAGES } from '../../../shared/language.ts';
import { translator } from '../../i18n.ts';
import { CheckboxField, Csrf, ErrorSummary, SelectField, TextField, type FieldError } from '../components.tsx';
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
        <CheckboxField name="digest" label={t('digestSetting')} hint={t('digestHint')} checked={form.digest} />
        <button type="submit" className="button">
          {t('save')}
        </button>
      </form>
    </Layout>
  );
}
