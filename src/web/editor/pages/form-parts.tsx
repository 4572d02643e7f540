/**
 * Parts every content form shows: the choice of language versions, the language tabs and the
 * notice of a conflict.
 */
import type { MessageKey, Translate } from '../../i18n.ts';
import { Notice } from '../components.tsx';
import { FORM_LANGUAGES } from '../service-form.ts';
import type { Conflict } from './service.page.tsx';

export function LanguageChoice({ chosen, t, hint }: { chosen: string[]; t: Translate; hint?: string }) {
  return (
    <fieldset id="languages">
      <legend>{t('contentLanguages')}</legend>
      {hint && <span className="hint">{hint}</span>}
      {FORM_LANGUAGES.map((lang) => (
        <div className="checkbox" key={lang}>
          <input type="checkbox" id={`languages-${lang}`} name="languages" value={lang} defaultChecked={chosen.includes(lang)} />
          <label htmlFor={`languages-${lang}`}>{t(`contentLanguage_${lang}` as MessageKey)}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function ConflictNotice({ conflict, t, language }: { conflict: Conflict; t: Translate; language: string }) {
  return (
    <Notice kind="warning">
      <strong>{t('conflictTitle')}</strong> {t('conflictText')}
      <ul>
        {conflict.versions.map((v) => (
          <li key={v.version}>{t('conflictVersion', { version: v.version, actor: v.actor, at: new Date(v.at).toLocaleString(`${language}-FI`, { timeZone: 'Europe/Helsinki' }), fields: v.changedFields.join(', ') || '–' })}</li>
        ))}
      </ul>
    </Notice>
  );
}

/**
 * Links to the language sections (`#lang-fi` …) with each language version's status. With
 * JavaScript (kuvaa.js) they become tabs that show one language at a time, only for the chosen
 * language versions; without it every section stays on the page and the links jump to them.
 */
export function LanguageTabs({ t, statuses, idPrefix = 'lang' }: { t: Translate; statuses?: Record<string, string> | undefined; idPrefix?: string }) {
  return (
    <nav className="language-tabs" aria-label={t('contentLanguageTabs')} data-language-tabs>
      <ul>
        {FORM_LANGUAGES.map((lang) => (
          <li key={lang}>
            <a href={`#${idPrefix}-${lang}`} id={`${idPrefix}-${lang}-tab`} data-language={lang}>
              {t(`contentLanguage_${lang}` as MessageKey)}
              {statuses?.[lang] && <span className="tab-status"> · {t(`status_${statuses[lang]}` as MessageKey)}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
