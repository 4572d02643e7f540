/** The organization form and organization content: type, place in the hierarchy, identifiers and texts; contacts, addresses and areas are kept. */
import { LIMITS } from '../../domain/common/text-rules.ts';
import { FORM_LANGUAGES, type FormLanguage } from './service-form.ts';
import { list, one } from './form-values.ts';

export const ORGANIZATION_TYPES = ['Organization', 'Municipality', 'RegionalOrganization', 'State', 'Company'] as const;
export const ORGANIZATION_TEXTS = [
  { field: 'name', max: LIMITS.name, rows: 0, required: true },
  { field: 'alternativeName', max: LIMITS.name, rows: 0, required: false },
  { field: 'summary', max: LIMITS.summary, rows: 2, required: true },
  { field: 'description', max: LIMITS.description, rows: 6, required: false },
] as const;

type Body = Record<string, string | string[] | undefined>;
type Content = Record<string, unknown>;

export interface OrganizationFormValues {
  type: string;
  parentOrganizationId: string;
  businessId: string;
  municipalityCode: string;
  languages: string[];
  texts: Record<FormLanguage, Record<string, string>>;
}

const FIELDS = ORGANIZATION_TEXTS.map((t) => t.field as string);

export function organizationValuesFromBody(body: Body): OrganizationFormValues {
  return {
    type: one(body.type),
    parentOrganizationId: one(body.parentOrganizationId),
    businessId: one(body.businessId),
    municipalityCode: one(body.municipalityCode),
    languages: [...new Set(list(body.languages))],
    texts: Object.fromEntries(FORM_LANGUAGES.map((lang) => [lang, Object.fromEntries(FIELDS.map((field) => [field, one(body[`${field}.${lang}`])]))])) as OrganizationFormValues['texts'],
  };
}

export function organizationValuesFromContent(content: Content): OrganizationFormValues {
  return {
    type: String(content.type ?? 'Organization'),
    parentOrganizationId: String(content.parentOrganizationId ?? ''),
    businessId: String(content.businessId ?? ''),
    municipalityCode: String(content.municipalityCode ?? ''),
    languages: (content.languages ?? []) as string[],
    texts: Object.fromEntries(FORM_LANGUAGES.map((lang) => [lang, Object.fromEntries(FIELDS.map((field) => [field, ((content[field] ?? {}) as Record<string, string>)[lang] ?? '']))])) as OrganizationFormValues['texts'],
  };
}

export function organizationContentFromValues(values: OrganizationFormValues, base: Content): Content {
  const content: Content = { ...base, type: values.type || 'Organization', languages: values.languages };
  const set = (key: string, value: unknown) => {
    if (value === undefined || value === '') delete content[key];
    else content[key] = value;
  };
  set('parentOrganizationId', values.parentOrganizationId || undefined);
  set('businessId', values.businessId);
  set('municipalityCode', values.type === 'Municipality' ? values.municipalityCode : undefined);
  for (const field of FIELDS) {
    const entries = FORM_LANGUAGES.filter((lang) => values.languages.includes(lang) && values.texts[lang][field]).map((lang) => [lang, values.texts[lang][field]!]);
    set(field, entries.length ? Object.fromEntries(entries) : undefined);
  }
  return content;
}
