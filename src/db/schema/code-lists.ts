/**
 * Tables of the national code lists. Codes are text and keep their leading zeros. Items that a
 * later version of a list no longer contains are kept (content may still point at them) with
 * `removed_at` set, so a classification update never breaks existing content.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../shared/language.ts';

export const codeListVersions = pgTable(
  'code_list_versions',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    versionLabel: text('version_label').notNull(),
    checksum: text('checksum').notNull(),
    itemCount: integer('item_count').notNull(),
    loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
    /** Every item's comparable content by code, so the next version can be diffed against it. */
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('code_list_versions_name_idx').on(t.name, t.id)],
);

const removedAt = () => timestamp('removed_at', { withTimezone: true });

/** Columns shared by the PTV classifications (service classes, target groups, life events, TOL). */
function classificationColumns() {
  return {
    code: text('code').primaryKey(),
    uri: text('uri').notNull().unique(),
    legacyUri: text('legacy_uri'),
    parentCode: text('parent_code'),
    level: smallint('level').notNull(),
    sortOrder: integer('sort_order').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>(),
    removedAt: removedAt(),
  };
}

export const serviceClasses = pgTable('service_classes', classificationColumns(), (t) => [
  index('service_classes_parent_idx').on(t.parentCode),
]);
export const targetGroups = pgTable('target_groups', classificationColumns());
export const lifeEvents = pgTable('life_events', classificationColumns());
export const industrialClasses = pgTable('industrial_classes', classificationColumns(), (t) => [
  index('industrial_classes_parent_idx').on(t.parentCode),
]);

export const ontologyTerms = pgTable('ontology_terms', {
  /** The YSO local name, e.g. `p13050`. */
  id: text('id').primaryKey(),
  uri: text('uri').notNull().unique(),
  label: jsonb('label').$type<LocalizedText>().notNull(),
  /** YSO-paikat place name (heuristic from the source); left out of autocomplete by default. */
  isPlace: boolean('is_place').notNull().default(false),
  /** Which file the term's current labels come from: `yso-2019.3` or the `yso-2025` overlay. */
  labelSource: text('label_source').notNull(),
  removedAt: removedAt(),
});

/** One row per term and language, normalized for prefix and trigram autocomplete. */
export const ontologyTermLabels = pgTable(
  'ontology_term_labels',
  {
    termId: text('term_id')
      .notNull()
      .references(() => ontologyTerms.id, { onDelete: 'cascade' }),
    lang: text('lang').notNull(),
    label: text('label').notNull(),
    norm: text('norm')
      .notNull()
      .generatedAlwaysAs(sql`kuvaa_norm(label)`),
    isPlace: boolean('is_place').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.termId, t.lang] }),
    index('ontology_term_labels_prefix_idx').using('btree', sql`${t.norm} text_pattern_ops`),
    index('ontology_term_labels_trgm_idx').using('gin', sql`${t.norm} gin_trgm_ops`),
  ],
);

/** KOKO concepts as stored by legacy PTV data, bridged to YSO where an exact match is known. */
export const kokoConcepts = pgTable('koko_concepts', {
  uri: text('uri').primaryKey(),
  ysoUri: text('yso_uri'),
  ontologies: text('ontologies').array().notNull(),
  prefLabel: jsonb('pref_label').$type<LocalizedText>().notNull(),
  altLabel: jsonb('alt_label').$type<Record<string, string[]>>(),
});

export const municipalities = pgTable('municipalities', {
  code: text('code').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  altNames: jsonb('alt_names').$type<Record<string, string[]>>(),
  organizationName: text('organization_name'),
  businessId: text('business_id'),
  valid: boolean('valid').notNull(),
  mergedInto: text('merged_into'),
  regionCode: text('region_code'),
  wellbeingServicesCountyCode: text('wellbeing_services_county_code'),
  businessRegionCode: text('business_region_code'),
  hospitalRegionCode: text('hospital_region_code'),
  removedAt: removedAt(),
});

/** Regions, wellbeing services counties, business regions and hospital regions. */
export const areas = pgTable(
  'areas',
  {
    /** `region`, `wellbeingServicesCounty`, `businessRegion` or `hospitalRegion`. */
    type: text('type').notNull(),
    code: text('code').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    /** Region: the code PTV's own seed used, where it differs (Åland: 20). */
    legacyCode: text('legacy_code'),
    /** Wellbeing services county: wellbeingServicesCounty, cityOfHelsinki or aland. */
    subtype: text('subtype'),
    regionCode: text('region_code'),
    shortId: text('short_id'),
    valid: boolean('valid').notNull().default(true),
    removedAt: removedAt(),
  },
  (t) => [primaryKey({ columns: [t.type, t.code] })],
);

export const areaMunicipalities = pgTable(
  'area_municipalities',
  {
    areaType: text('area_type').notNull(),
    areaCode: text('area_code').notNull(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [
    primaryKey({ columns: [t.areaType, t.areaCode, t.municipalityCode] }),
    index('area_municipalities_municipality_idx').on(t.municipalityCode),
  ],
);

export const postalCodes = pgTable(
  'postal_codes',
  {
    code: text('code').primaryKey(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    /** The municipality today (codes of abolished municipalities are followed to their successor). */
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    /** The municipality as the source gives it, when that has since been abolished. */
    sourceMunicipalityCode: text('source_municipality_code'),
    type: text('type').notNull(),
    removedAt: removedAt(),
  },
  (t) => [index('postal_codes_municipality_idx').on(t.municipalityCode)],
);

export const languages = pgTable('languages', {
  code: text('code').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  sortOrder: integer('sort_order').notNull(),
  contentLanguage: boolean('content_language').notNull(),
  contentOrder: integer('content_order'),
  removedAt: removedAt(),
});

export const countries = pgTable('countries', {
  code: text('code').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  dialCodes: text('dial_codes').array().notNull(),
  removedAt: removedAt(),
});

export const holidays = pgTable('holidays', {
  code: text('code').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  rule: jsonb('rule').$type<Record<string, unknown>>().notNull(),
  sortOrder: integer('sort_order').notNull(),
  valid: boolean('valid').notNull(),
  removedAt: removedAt(),
});

export const enumValues = pgTable(
  'enum_values',
  {
    enumName: text('enum_name').notNull(),
    code: text('code').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    sortOrder: integer('sort_order').notNull(),
    internal: boolean('internal').notNull(),
    removedAt: removedAt(),
  },
  (t) => [primaryKey({ columns: [t.enumName, t.code] })],
);

export const digitalAuthorizations = pgTable('digital_authorizations', {
  uri: text('uri').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  definition: jsonb('definition').$type<LocalizedText>(),
  broader: text('broader').array().notNull(),
  removedAt: removedAt(),
});

export const serviceNumbers = pgTable('service_numbers', {
  number: text('number').primaryKey(),
  company: text('company').notNull(),
  granted: date('granted'),
  removedAt: removedAt(),
});
