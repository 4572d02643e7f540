/** Schemas of languages and texts per language, shared by every content type. */
import { Type, type Static, type TSchema } from 'typebox';
import { CONTENT_LANGUAGES } from '../../shared/language.ts';

/** A content language code: fi, sv, en or a Sámi language (se, smn, sms). */
export const LanguageCode = Type.Enum([...CONTENT_LANGUAGES], {
  description: 'Content language: `fi` Finnish, `sv` Swedish, `en` English, `se` North Sámi, `smn` Inari Sámi, `sms` Skolt Sámi.',
});
export type LanguageCode = Static<typeof LanguageCode>;

const perLanguage = <T extends TSchema>(make: (language: string) => T) => ({
  fi: Type.Optional(make('Finnish')),
  sv: Type.Optional(make('Swedish')),
  en: Type.Optional(make('English')),
  se: Type.Optional(make('North Sámi')),
  smn: Type.Optional(make('Inari Sámi')),
  sms: Type.Optional(make('Skolt Sámi')),
});

/** A LocalizedText schema with its own description: `{fi?, sv?, en?, se?, smn?, sms?}`. */
export function localizedText(description: string) {
  return Type.Object(
    perLanguage((language) => Type.String({ description: `${language} text.` })),
    { additionalProperties: false, description: `${description} A text per language; a language without text is absent.` },
  );
}

/** A text per content language, e.g. `{"fi": "Asuminen", "sv": "Boende"}`. */
export const LocalizedText = localizedText('Text.');
export type LocalizedText = Static<typeof LocalizedText>;

function keywordArray(language: string) {
  return Type.Array(Type.String({ description: 'A free keyword.' }), { description: `${language} keywords.` });
}

/** A list of strings per language, e.g. free keywords `{"fi": ["nuokkari"]}`. */
export function localizedList(description: string) {
  return Type.Object(perLanguage(keywordArray), { additionalProperties: false, description });
}
export const LocalizedList = localizedList('Strings per language.');
export type LocalizedList = Static<typeof LocalizedList>;

/** The content languages of an entity: which language versions it has. */
export function languageList(description: string) {
  return Type.Array(LanguageCode, { description });
}
