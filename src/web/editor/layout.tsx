/** The page shell of the editor: skip link, header with organization switcher and language, navigation. */
import type { ReactNode } from 'react';
import { IconLogout } from 'suomifi-icons';
import type { Principal } from '../../actions/people/session-principal.ts';
import { isAllowed, type EntityType } from '../../domain/permissions/permissions.ts';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/language.ts';
import { assetUrl } from '../assets.ts';
import { translator, type MessageKey, type Translate } from '../i18n.ts';
import { Csrf, Notice } from './components.tsx';

export interface PageContext {
  language: UiLanguage;
  t: Translate;
  /** The request path with its query, for language links and navigation state. */
  path: string;
  csrf: string;
  principal?: Principal | undefined;
  flash?: { kind: 'success' | 'error' | 'info'; text: string } | undefined;
}

const NAV: { href: string; key: MessageKey; right?: EntityType }[] = [
  { href: '/editor', key: 'frontPage' },
  { href: '/editor/search', key: 'searchTitle' },
  { href: '/editor/tasks', key: 'tasks' },
  { href: '/editor/people', key: 'people', right: 'user' },
  { href: '/editor/api-clients', key: 'apiClients', right: 'apiClient' },
  { href: '/editor/jobs', key: 'jobs', right: 'job' },
  { href: '/editor/account', key: 'account' },
];

export function organizationLabel(name: Partial<Record<UiLanguage, string>>, language: UiLanguage): string {
  return name[language] ?? name.fi ?? Object.values(name)[0] ?? '';
}

function languageHref(path: string, language: UiLanguage): string {
  const url = new URL(path, 'http://kuvaa.local');
  url.searchParams.set('lang', language);
  return `${url.pathname}${url.search}`;
}

function OrganizationSwitcher({ page }: { page: PageContext }) {
  const { principal, t, language } = page;
  if (!principal) return null;
  if (principal.memberships.length === 1) {
    return (
      <span>
        {t('activeOrganization')}: <strong>{organizationLabel(principal.active.organizationName, language)}</strong> ({t(`role_${principal.active.role}`)})
      </span>
    );
  }
  return (
    <form method="post" action="/editor/active-organization" className="org-switcher">
      <Csrf token={page.csrf} />
      <input type="hidden" name="next" value={page.path} />
      <label htmlFor="active-organization">{t('activeOrganization')}</label>
      <select id="active-organization" name="organizationId" defaultValue={principal.active.organizationId ?? ''}>
        {principal.memberships.map((m) => (
          <option key={m.organizationId ?? 'system'} value={m.organizationId ?? ''}>
            {organizationLabel(m.organizationName, language)} ({t(`role_${m.role}`)})
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small button--secondary">
        {t('change')}
      </button>
    </form>
  );
}

export function Layout({ page, title, children }: { page: PageContext; title: string; children: ReactNode }) {
  const { t, language, principal } = page;
  const current = page.path.split('?')[0];
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t('appName')}`}</title>
        <link rel="stylesheet" href={assetUrl('tokens.css')} />
        <link rel="stylesheet" href={assetUrl('kuvaa.css')} />
        <script src={assetUrl('htmx.min.js')} defer />
        <script src={assetUrl('kuvaa.js')} defer />
      </head>
      <body hx-headers={JSON.stringify({ 'x-csrf-token': page.csrf })}>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          <div className="site-header__bar">
            <a className="brand" href={principal ? '/editor' : '/'}>
              <span className="brand__name">{t('appName')}</span>
              <span className="brand__tagline">{t('appTagline')}</span>
            </a>
            <div className="header-tools">
              <OrganizationSwitcher page={page} />
              <nav aria-label={t('switchLanguage')}>
                <ul className="language-links">
                  {UI_LANGUAGES.map((code) => (
                    <li key={code}>
                      <a href={languageHref(page.path, code)} lang={code} hrefLang={code} aria-current={code === language ? 'true' : undefined}>
                        {translator(code)('languageName')}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              {principal && (
                <form method="post" action="/sign-out" className="inline-form">
                  <Csrf token={page.csrf} />
                  <span className="visually-hidden">
                    {t('signedInAs')} {principal.user.email}
                  </span>
                  <button type="submit" className="button button--small button--secondary">
                    <IconLogout aria-hidden /> {t('signOut')}
                  </button>
                </form>
              )}
            </div>
          </div>
          {principal && (
            <nav className="site-nav" aria-label={t('menu')}>
              <ul>
                {NAV.filter((item) => !item.right || isAllowed(principal.active.role, 'own', 'read', item.right)).map((item) => (
                  <li key={item.href}>
                    <a href={item.href} aria-current={current === item.href ? 'page' : undefined}>
                      {t(item.key)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </header>
        <main id="main" tabIndex={-1}>
          {page.flash && <Notice kind={page.flash.kind}>{page.flash.text}</Notice>}
          {children}
        </main>
        <footer className="site-footer">
          <a href="/api/docs">{t('apiDocs')}</a>
        </footer>
      </body>
    </html>
  );
}
