/**
 * The search index: one row per entity and scope. `public` holds the published content in its
 * public languages (the open search), `working` the working copy (the editor's finder). Rows are
 * written in the same transaction as the content, so a change is searchable at once.
 *
 * Storage (set by migrations 0012 and 0017, which drizzle does not describe): everything a
 * search reads of a row (tsvectors, names, code arrays, statuses, facet tokens) stays in the row
 * (STORAGE MAIN: compressed in line, moved out only as a last resort), the snippet text and
 * summary, which only the rows of a page show, are moved out first (EXTERNAL). A search reads
 * thousands of rows, and fetching a value from the TOAST table costs an index lookup and another
 * page: with the name, statuses and area codes moved out (the default for a column), finding a
 * municipality's 1,000 newest matches read 19,600 pages instead of 2,100.
 */
import { customType, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const searchEntries = pgTable(
  'search_entries',
  {
    entityId: uuid('entity_id').notNull(),
    /** public or working */
    scope: text('scope').notNull(),
    /** organization, service or channel */
    kind: text('kind').notNull(),
    /** Service type, channel type or organization type. */
    subType: text('sub_type'),
    organizationId: uuid('organization_id'),
    /** Language versions in this scope (public: the published ones). */
    languages: text('languages').array().notNull(),
    /** Per language: draft, published, modified, archived (working scope). */
    languageStatus: jsonb('language_status').$type<Record<string, string>>().notNull(),
    status: text('status').notNull(),
    name: jsonb('name').$type<Record<string, string>>().notNull(),
    summary: jsonb('summary').$type<Record<string, string>>().notNull(),
    /** All names, normalized (kuvaa_norm), for trigram matching. */
    nameNorm: text('name_norm').notNull(),
    docFi: tsvector('doc_fi').notNull(),
    docSv: tsvector('doc_sv').notNull(),
    docEn: tsvector('doc_en').notNull(),
    /** Plain text per language for highlighted snippets. */
    snippetText: jsonb('snippet_text').$type<Record<string, string>>().notNull(),
    serviceClasses: text('service_classes').array().notNull(),
    targetGroups: text('target_groups').array().notNull(),
    ontologyTerms: text('ontology_terms').array().notNull(),
    /** Area tokens: m:091 (municipality), r:01 (region), w:05 (wellbeing services county); `*` = nationwide. */
    areas: text('areas').array().notNull(),
    /**
     * The area tokens as numbers (kuvaa_area_codes, migration 0015: a municipality's code, 1000 +
     * a region's, 2000 + a county's, 0 = nationwide), for the indexes: a list of every
     * municipality is 1.4 kB as numbers and too big for a btree entry as text.
     */
    areaCodes: integer('area_codes').array().generatedAlwaysAs(sql`kuvaa_area_codes(areas)`),
    /**
     * The type as an array of at most one (migration 0017), for the indexes: beside the words in
     * their GIN indexes, so that a word among one channel type is one scan ("tuki" among service
     * locations read 4,700 table rows to keep 400 before).
     */
    subTypes: text('sub_types').array().generatedAlwaysAs(sql`array_remove(ARRAY[sub_type], NULL)`),
    /**
     * What the public facets count, as tokens (kuvaa_facet_tokens, migration 0017): k:kind, t:type,
     * f:funding type, o:organization type, l:language, c:service class, g:target group and the area
     * tokens as they are. A search counts its matches' facets in one pass over this one array.
     */
    facetTokens: text('facet_tokens').array().generatedAlwaysAs(sql`kuvaa_facet_tokens(kind, sub_type, funding_type, organization_type, languages, service_classes, target_groups, areas)`),
    fundingType: text('funding_type'),
    organizationType: text('organization_type'),
    /** Phone numbers as digits in national form (no +358, no leading 0). */
    phones: text('phones').array().notNull(),
    emails: text('emails').array().notNull(),
    /** Street addresses, postal codes and municipality names, normalized. */
    addressNorm: text('address_norm').notNull(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    sourceId: text('source_id'),
    modifiedAt: timestamp('modified_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.entityId, t.scope] }),
    // public and working rows have indexes of their own: the open search never reads working rows
    ...(['public', 'working'] as const).flatMap((scope) => {
      const only = sql.raw(`scope = '${scope}'`);
      return [
        // the words with the facet codes beside them: one GIN scan intersects a word with a service
        // class or an area, skipping through the longer list at the shorter one's rows, where two
        // indexes would each collect every row of their key first (a common word in a service class
        // 20 → 7 ms at 100,000 services, with the word's lexemes spelled out)
        ...(['fi', 'sv', 'en'] as const).map((lang) =>
          index(`search_entries_${scope}_doc_${lang}_facets_idx`)
            .using('gin', { fi: t.docFi, sv: t.docSv, en: t.docEn }[lang], t.serviceClasses, t.targetGroups, t.ontologyTerms, t.areaCodes, t.subTypes)
            .where(only),
        ),
        // names similar to the typed text (the typo fallback), with the facet codes beside them as for the words
        index(`search_entries_${scope}_name_trgm_facets_idx`)
          .using('gin', sql`${t.nameNorm} gin_trgm_ops`, t.serviceClasses, t.targetGroups, t.ontologyTerms, t.areaCodes, t.subTypes)
          .where(only),
        index(`search_entries_${scope}_facets_idx`).using('gin', t.serviceClasses, t.targetGroups, t.ontologyTerms, t.areaCodes, t.subTypes).where(only),
        // searches without words list the newest first; with the (short) filter columns beside the
        // order, walking past rows of other filters needs no table rows (an index-only scan)
        index(`search_entries_${scope}_modified_idx`)
          .on(t.modifiedAt.desc(), t.entityId, t.scope, t.kind, t.subTypes, t.organizationId, t.fundingType, t.organizationType, t.serviceClasses, t.targetGroups, t.areaCodes)
          .where(only),
      ];
    }),
    index('search_entries_address_trgm_idx').using('gin', sql`${t.addressNorm} gin_trgm_ops`),
    index('search_entries_phones_idx').using('gin', t.phones),
    index('search_entries_emails_idx').using('gin', t.emails),
    index('search_entries_scope_kind_idx').on(t.scope, t.kind, t.subType),
    index('search_entries_org_idx').on(t.organizationId),
    // kind and type beside the position: a box of 13,000 service locations read no table rows to find that
    // services (which have no position of their own) are not among them (68 ms before)
    index('search_entries_geo_idx').on(t.lat, t.lon, t.scope, t.kind, t.subTypes),
  ],
);

/**
 * The vocabulary of the search index: the lexemes of the tsvectors of search_entries, per
 * language (fi, sv, en). A search of several words looks up the lexemes each word's prefix
 * stands for and matches them exactly: GIN collects every row of a prefix into a bitmap before
 * it can intersect anything (50 ms for a common one), while exact lexemes let it skip through
 * the common words' rows at the rare word's rows. Kept by statement triggers on search_entries
 * (migration 0014), so it holds the lexemes of a row from the transaction that wrote it on.
 * No unique key: a writer adds the lexemes it does not find, and two writers adding the same new
 * lexeme at once add it twice, which is harmless, instead of waiting on (or deadlocking with)
 * each other. Lexemes of removed rows stay; they match nothing.
 */
export const searchLexemes = pgTable(
  'search_lexemes',
  {
    language: text('language').notNull(),
    lexeme: text('lexeme').notNull(),
  },
  (t) => [index('search_lexemes_prefix_idx').using('btree', t.language, t.lexeme.op('text_pattern_ops'))],
);
