/** The head of a content's pages: its statuses per language and the tabs (form, publish, archive, history). */
import type { MessageKey, Translate } from '../../i18n.ts';

export interface EntitySummary {
  id: string;
  kind: 'service' | 'channel' | 'organization';
  name: string;
  version: string;
  status: string;
  languageStatus: Record<string, string>;
  modifiedAt: string;
  scheduled: { action: string; languages: string[]; dueAt: string }[];
}

const BADGE: Record<string, string> = { published: 'badge--success', modified: 'badge--warning', archived: 'badge--muted', draft: '' };

/** A status badge per language version (or only one). */
export function LanguageBadges({ statuses, only, t }: { statuses: Record<string, string>; only?: string; t: Translate }) {
  return (
    <span className="language-badges">
      {Object.entries(statuses)
        .filter(([lang]) => !only || lang === only)
        .map(([lang, status]) => (
          <span key={lang} className={`badge ${BADGE[status] ?? ''}`}>
            <abbr title={t(`contentLanguage_${lang}` as MessageKey)}>{lang.toUpperCase()}</abbr>: {t(`status_${status}` as MessageKey)}
          </span>
        ))}
    </span>
  );
}

const TABS = [
  { key: 'form', path: '', label: 'tabDetails' },
  { key: 'connections', path: '/connections', label: 'tabConnections' },
  { key: 'publish', path: '/publish', label: 'tabPublish' },
  { key: 'archive', path: '/archive', label: 'tabArchive' },
  { key: 'history', path: '/history', label: 'tabHistory' },
] as const;

export function EntityTabs({ entity, current, t }: { entity: EntitySummary; current: (typeof TABS)[number]['key']; t: Translate }) {
  const base = `/editor/${entity.kind}s/${entity.id}`;
  return (
    <>
      <p>
        {t('versionLabel', { version: entity.version })} · <LanguageBadges statuses={entity.languageStatus} t={t} />
      </p>
      {entity.scheduled.map((s) => (
        <p key={`${s.action}${s.dueAt}`} className="notice notice--info">
          {t(s.action === 'archive' ? 'scheduledArchive' : 'scheduledPublish', { date: new Date(s.dueAt).toLocaleString('fi-FI', { timeZone: 'Europe/Helsinki' }), languages: s.languages.join(', ').toUpperCase() || t('allLanguages') })}
        </p>
      ))}
      <nav className="tabs" aria-label={t('contentTabs')}>
        <ul>
          {TABS.filter((tab) => tab.key !== 'connections' || entity.kind === 'service').map((tab) => (
            <li key={tab.key}>
              <a href={`${base}${tab.path}`} aria-current={tab.key === current ? 'page' : undefined}>
                {t(tab.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
