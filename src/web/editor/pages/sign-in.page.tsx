/** Signing in, asking for a password link, and choosing a password from a mailed link. */
import { IconLogin } from 'suomifi-icons';
import { Csrf, ErrorSummary, Notice, TextField, type FieldError } from '../components.tsx';
import { Layout, type PageContext } from '../layout.tsx';

export function SignInPage({ page, email, errors = [], next }: { page: PageContext; email?: string | undefined; errors?: FieldError[]; next: string }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('signIn')}>
      <div className="panel narrow">
        <h1>{t('signIn')}</h1>
        <p>{t('signInIntro')}</p>
        <ErrorSummary errors={errors} t={t} />
        <form method="post" action="/sign-in" noValidate>
          <Csrf token={page.csrf} />
          <input type="hidden" name="next" value={next} />
          <TextField name="email" type="email" label={t('email')} value={email} errors={errors} required autoComplete="username" maxLength={254} />
          <TextField name="password" type="password" label={t('password')} errors={errors} required autoComplete="current-password" maxLength={200} />
          <div className="actions">
            <button type="submit" className="button">
              <IconLogin aria-hidden /> {t('signIn')}
            </button>
            <a href="/forgot-password">{t('forgotPassword')}</a>
          </div>
        </form>
      </div>
    </Layout>
  );
}

export function ForgotPasswordPage({ page, sent = false, email, errors = [] }: { page: PageContext; sent?: boolean; email?: string | undefined; errors?: FieldError[] }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('forgotPasswordTitle')}>
      <div className="panel narrow">
        <h1>{t('forgotPasswordTitle')}</h1>
        {sent ? (
          <Notice kind="success">{t('resetLinkSent')}</Notice>
        ) : (
          <>
            <p>{t('forgotPasswordIntro')}</p>
            <ErrorSummary errors={errors} t={t} />
            <form method="post" action="/forgot-password" noValidate>
              <Csrf token={page.csrf} />
              <TextField name="email" type="email" label={t('email')} value={email} errors={errors} required autoComplete="username" maxLength={254} />
              <div className="actions">
                <button type="submit" className="button">
                  {t('sendLink')}
                </button>
              </div>
            </form>
          </>
        )}
        <p>
          <a href="/sign-in">{t('back')}</a>
        </p>
      </div>
    </Layout>
  );
}

interface SetPasswordProps {
  page: PageContext;
  mode: 'invitation' | 'reset';
  token: string;
  organizationName?: string | undefined;
  name?: string | undefined;
  errors?: FieldError[];
}

export function SetPasswordPage({ page, mode, token, organizationName, name, errors = [] }: SetPasswordProps) {
  const { t } = page;
  const title = mode === 'invitation' ? t('invitationTitle') : t('resetPasswordTitle');
  return (
    <Layout page={page} title={title}>
      <div className="panel narrow">
        <h1>{title}</h1>
        {mode === 'invitation' && <p>{t('invitationIntro', { organization: organizationName ?? '' })}</p>}
        <ErrorSummary errors={errors} t={t} />
        <form method="post" action={mode === 'invitation' ? `/invitation/${token}` : `/reset-password/${token}`} noValidate>
          <Csrf token={page.csrf} />
          {mode === 'invitation' && <TextField name="name" label={t('name')} hint={t('nameHint')} value={name} errors={errors} autoComplete="name" maxLength={200} />}
          <TextField name="password" type="password" label={t('newPassword')} hint={t('passwordHint')} errors={errors} required autoComplete="new-password" maxLength={200} />
          <TextField name="passwordConfirmation" type="password" label={t('passwordConfirmation')} errors={errors} required autoComplete="new-password" maxLength={200} />
          <div className="actions">
            <button type="submit" className="button">
              {t('choosePassword')}
            </button>
          </div>
        </form>
      </div>
    </Layout>
  );
}

export function LinkInvalidPage({ page }: { page: PageContext }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('linkInvalid')}>
      <div className="panel narrow">
        <h1>{t('linkInvalid')}</h1>
        <p>{t('linkInvalidHelp')}</p>
        <p>
          <a href="/forgot-password">{t('forgotPassword')}</a>
        </p>
      </div>
    </Layout>
  );
}

export function MessagePage({ page, title, text, status }: { page: PageContext; title: string; text: string; status?: number }) {
  return (
    <Layout page={page} title={title}>
      <div className="panel narrow" data-status={status}>
        <h1>{title}</h1>
        <p>{text}</p>
        <p>
          <a href={page.principal ? '/editor' : '/sign-in'}>{page.t('back')}</a>
        </p>
      </div>
    </Layout>
  );
}
