/** Parts every content form shows: the choice of language versions and the notice of a conflict. */
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
