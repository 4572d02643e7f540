/** Schemas of contact details shared by organizations, channels and connections. */
import { Type, type Static } from 'typebox';
import { LanguageCode, localizedText } from './localized-text.schema.ts';

/** Optional `lang` of a contact item: the language version it belongs to. */
export const languageOf = (what: string) =>
  Type.Optional({ ...LanguageCode, description: `Language version the ${what} belongs to; absent = every language version.` });

/** Whether a service, phone call or channel costs the customer. */
export const ChargeType = Type.Enum(['Charged', 'Free', 'Other'], {
  description: '`Charged` (the customer pays), `Free`, or `Other` (explained in the charge text).',
});
export type ChargeType = Static<typeof ChargeType>;

export const Email = Type.Object(
  {
    email: Type.String({ description: 'E-mail address, e.g. `neuvonta@example.fi`.' }),
    description: Type.Optional(Type.String({ description: 'What the address is for, e.g. "Neuvonta" (in the language of `lang`).' })),
    lang: languageOf('address'),
  },
  { additionalProperties: false, description: 'An e-mail address.' },
);
export type Email = Static<typeof Email>;

export const Phone = Type.Object(
  {
    type: Type.Optional(Type.Enum(['Phone', 'Sms', 'Fax'], { description: 'Kind of number; `Phone` when absent.' })),
    prefix: Type.Optional(Type.String({ description: 'Country calling code, e.g. `+358`; absent for a Finnish service number.' })),
    number: Type.String({ description: 'Number without the country code and without its leading zero when a prefix is given, e.g. `9 310 12345`; a Finnish service number in full, e.g. `0800 12345`.' }),
    isFinnishServiceNumber: Type.Optional(Type.Boolean({ description: 'True for a national service number (0800, 0600, 116 …) that is dialled without a country code.' })),
    chargeType: Type.Optional({ ...ChargeType, description: 'What a call costs: `Charged` (price explained in `chargeDescription`), `Free`, or `Other`.' }),
    chargeDescription: Type.Optional(Type.String({ description: 'Price of a call, e.g. "pvm/mpm" (in the language of `lang`).' })),
    additionalInfo: Type.Optional(Type.String({ description: 'What the number is for, e.g. "Ajanvaraus" (in the language of `lang`).' })),
    lang: languageOf('number'),
  },
  { additionalProperties: false, description: 'A phone number.' },
);
export type Phone = Static<typeof Phone>;

export const WebPage = Type.Object(
  {
    url: Type.String({ description: 'Address of the page, starting with `https://` or `http://`.' }),
    name: Type.Optional(Type.String({ description: 'Link text (in the language of `lang`).' })),
    lang: languageOf('page'),
  },
  { additionalProperties: false, description: 'A web page.' },
);
export type WebPage = Static<typeof WebPage>;

/** Digital accessibility of an online channel (Act on the Provision of Digital Services). */
export const Accessibility = Type.Object(
  {
    compliance: Type.Optional(
      Type.Enum(['FullyCompliant', 'PartiallyCompliant', 'NonCompliant', 'Unknown'], {
        description: 'How well the channel meets the accessibility requirements; `Unknown` when not assessed.',
      }),
    ),
    wcagLevel: Type.Optional(Type.Enum(['A', 'AA', 'AAA'], { description: 'WCAG 2.1 conformance level the assessment refers to.' })),
    statementUrl: Type.Optional(localizedText('Address of the accessibility statement, per language.')),
  },
  { additionalProperties: false, description: 'Accessibility statement of an online channel.' },
);
export type Accessibility = Static<typeof Accessibility>;

/** The optional `emails`, `phones` and `webPages` properties, spread into content schemas. */
export const contactLists = {
  emails: Type.Optional(Type.Array(Email, { description: 'E-mail addresses.' })),
  phones: Type.Optional(Type.Array(Phone, { description: 'Phone numbers.' })),
  webPages: Type.Optional(Type.Array(WebPage, { description: 'Web pages.' })),
};
