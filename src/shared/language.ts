/** Content and UI languages. Finnish first, then Swedish and English; Sámi languages for content. */
export const UI_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const CONTENT_LANGUAGES = ['fi', 'sv', 'en', 'se', 'smn', 'sms'] as const;
export type LanguageCode = (typeof CONTENT_LANGUAGES)[number];

/** A text per language, e.g. `{"fi": "Asuminen", "sv": "Boende", "en": "Housing"}`. */
export type LocalizedText = Partial<Record<LanguageCode, string>>;

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/** A text in `language`, else in Finnish, else in any language it has ('' when none). */
export function textIn(text: Partial<Record<string, string>> | null | undefined, language: string): string {
  return text?.[language] ?? text?.fi ?? Object.values(text ?? {})[0] ?? '';
}
