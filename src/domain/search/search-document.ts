/**
 * What the search index holds of an entity, computed from its content (pure). Texts are weighted
 * per language: A = names, B = summary, keywords and ontology-term labels (in that language even
 * when the content lacks it, so an English search finds a Finnish-only service by its terms),
 * C = longer descriptions and addresses.
 */
import type { LocalizedText } from '../../shared/language.ts';

export const SEARCH_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];

export interface WeightedText {
  a: string;
  b: string;
  c: string;
}

export interface SearchDocument {
  subType: string | null;
  name: Record<string, string>;
  summary: Record<string, string>;
  texts: Record<SearchLanguage, WeightedText>;
  /** Plain text per language for snippets. */
  snippetText: Record<string, string>;
  nameNorm: string;
  serviceClasses: string[];
  targetGroups: string[];
  ontologyTerms: string[];
  fundingType: string | null;
  organizationType: string | null;
  phones: string[];
  emails: string[];
  addressText: string;
  postalCodes: string[];
  municipalityCodes: string[];
  coordinates: { lat: number; lon: number } | null;
  /** Areas of a service: nationwide, or the limited areas as given. */
  area: { nationwide: boolean; areas: { type: string; code: string }[] };
}

/** What the index needs beyond the content: labels of codes it refers to. */
export interface SearchLabels {
  ontologyTerm(id: string): LocalizedText | undefined;
  municipality(code: string): LocalizedText | undefined;
  /** Parent of a two-level code (`P3.1` → `P3`, `KR1.2` → `KR1`). */
  parentOf(code: string): string | undefined;
}

type Content = Record<string, unknown>;
const texts = (value: unknown): LocalizedText => (value && typeof value === 'object' ? (value as LocalizedText) : {});
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const at = (value: LocalizedText | undefined, lang: string): string | undefined => (value as Record<string, string> | undefined)?.[lang];
const join = (...parts: (string | undefined)[]) => parts.filter((p) => p && p.trim()).join(' \n ');

/** Phone digits in national form: spaces, dashes, +358 / 00358 and a leading 0 do not matter. */
export function normalizePhone(value: string): string {
  let digits = value.replace(/[^\d+]/g, '');
  if (digits.startsWith('+358')) digits = digits.slice(4);
  else if (digits.startsWith('00358')) digits = digits.slice(5);
  digits = digits.replace(/\+/g, '');
  return digits.replace(/^0+/, '');
}

/** Lower case, accents folded except å ä ö, whitespace collapsed (like the database's kuvaa_norm). */
export function normalizeText(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/([aou])\u0308/g, (_m, v: string) => ({ a: 'ä', o: 'ö', u: 'ü' })[v]!)
    .replace(/a\u030a/g, 'å')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Address {
  street?: LocalizedText;
  streetNumber?: string;
  postalCode?: string;
  municipalityCode?: string;
  coordinates?: { lat: number; lon: number };
}

function addressesOf(content: Content): Address[] {
  const delivery = (content.deliveryAddress as { address?: Address } | undefined)?.address;
  return [...list<Address>(content.visitingAddresses), ...list<Address>(content.postalAddresses), ...(delivery ? [delivery] : [])];
}

function withParents(codes: string[], labels: SearchLabels): string[] {
  return [...new Set(codes.flatMap((code) => [code, labels.parentOf(code)].filter((c): c is string => !!c)))];
}

/** Builds the index document of an organization, service or channel from `content` in `languages`. */
export function searchDocument(kind: string, content: Content, languages: string[], labels: SearchLabels): SearchDocument {
  const name = texts(content.name);
  const alternative = texts(content.alternativeName);
  const summary = texts(content.summary);
  const keywords = (content.keywords ?? {}) as Record<string, string[]>;
  const ontologyTerms = list<string>(content.ontologyTerms).map((t) => t.replace(/^https?:\/\/www\.yso\.fi\/onto\/yso\//, ''));
  const addresses = addressesOf(content);
  const municipalityCodes = [...new Set(addresses.map((a) => a.municipalityCode).filter((c): c is string => !!c))];
  const termLabels = (lang: SearchLanguage) => ontologyTerms.map((id) => labels.ontologyTerm(id)?.[lang]).filter(Boolean).join(', ');
  const addressLine = (lang: string) =>
    addresses
      .map((a) => join(at(a.street, lang) ?? a.street?.fi, a.streetNumber, a.postalCode, a.municipalityCode ? (at(labels.municipality(a.municipalityCode), lang) ?? labels.municipality(a.municipalityCode)?.fi) : undefined))
      .join(' \n ');
  const has = (lang: string) => languages.includes(lang);
  const textsOf = (lang: SearchLanguage): WeightedText => ({
    a: has(lang) ? join(name[lang], alternative[lang]) : '',
    b: join(has(lang) ? summary[lang] : undefined, has(lang) ? (keywords[lang] ?? []).join(', ') : undefined, termLabels(lang)),
    c: has(lang) ? join(texts(content.description)[lang], texts(content.userInstructions)[lang], texts(content.requirements)[lang], addressLine(lang)) : '',
  });
  const phones = [...list<{ number: string; prefix?: string }>(content.phones), ...list<{ number: string; prefix?: string }>(content.supportPhones)];
  const emails = [...list<{ email: string }>(content.emails), ...list<{ email: string }>(content.supportEmails)];
  const areaType = content.areaType as string | undefined;
  const pick = (value: LocalizedText) => Object.fromEntries(languages.filter((l) => value[l as keyof LocalizedText]).map((l) => [l, value[l as keyof LocalizedText]!]));
  return {
    subType: (kind === 'channel' ? null : (content.type as string | undefined)) ?? null,
    name: pick(name),
    summary: pick(summary),
    texts: { fi: textsOf('fi'), sv: textsOf('sv'), en: textsOf('en') },
    snippetText: Object.fromEntries(languages.map((l) => [l, join(summary[l as keyof LocalizedText], texts(content.description)[l as keyof LocalizedText])])),
    nameNorm: normalizeText(languages.flatMap((l) => [name[l as keyof LocalizedText], alternative[l as keyof LocalizedText]]).filter(Boolean).join(' ')),
    serviceClasses: withParents(list<string>(content.serviceClasses), labels),
    targetGroups: withParents(list<string>(content.targetGroups), labels),
    ontologyTerms,
    fundingType: (content.fundingType as string | undefined) ?? null,
    organizationType: kind === 'organization' ? ((content.type as string | undefined) ?? null) : null,
    phones: [...new Set(phones.map((p) => normalizePhone(`${p.prefix ?? ''}${p.number}`)).filter(Boolean))],
    emails: [...new Set(emails.map((e) => e.email.trim().toLowerCase()))],
    addressText: normalizeText(languages.map(addressLine).concat(addressLine('fi')).join(' ')),
    postalCodes: [...new Set(addresses.map((a) => a.postalCode).filter((c): c is string => !!c))],
    municipalityCodes,
    coordinates: addresses.find((a) => a.coordinates)?.coordinates ?? null,
    area: { nationwide: areaType === 'Nationwide' || areaType === 'NationwideExceptAland', areas: list<{ type: string; code: string }>(content.areas) },
  };
}
