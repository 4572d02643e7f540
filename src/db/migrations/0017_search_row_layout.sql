-- The row layout of search_entries. (1) Everything a search reads of a row stays in the row (STORAGE MAIN): the name, the statuses and the area codes had the default storage, so in the many rows over 2 kB they were moved to the TOAST table, and reading them cost an index lookup and another page each (a municipality's 1,000 newest matches read 19,600 pages instead of 2,100). (2) The type as an array (sub_types), beside the words in their GIN indexes and in the modified-time and geo indexes. (3) The public facets as one array of tokens (facet_tokens), counted in one pass.
CREATE FUNCTION kuvaa_facet_tokens(kind text, sub_type text, funding_type text, organization_type text, languages text[], service_classes text[], target_groups text[], areas text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_remove(ARRAY['k:' || kind, 't:' || sub_type, 'f:' || funding_type, 'o:' || organization_type], NULL)
    || ARRAY(SELECT 'l:' || x FROM unnest(languages) AS x)
    || ARRAY(SELECT 'c:' || x FROM unnest(service_classes) AS x)
    || ARRAY(SELECT 'g:' || x FROM unnest(target_groups) AS x)
    || coalesce(areas, '{}')
$$;--> statement-breakpoint
DROP INDEX "search_entries_public_doc_fi_facets_idx";--> statement-breakpoint
DROP INDEX "search_entries_public_doc_sv_facets_idx";--> statement-breakpoint
DROP INDEX "search_entries_public_doc_en_facets_idx";--> statement-breakpoint
DROP INDEX "search_entries_public_name_trgm_facets_idx";--> statement-breakpoint
DROP INDEX "search_entries_public_facets_idx";--> statement-breakpoint
DROP INDEX "search_entries_public_modified_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_doc_fi_facets_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_doc_sv_facets_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_doc_en_facets_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_name_trgm_facets_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_facets_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_modified_idx";--> statement-breakpoint
DROP INDEX "search_entries_geo_idx";--> statement-breakpoint
-- one statement, so that the table is rewritten once (adding a stored column rewrites every row), with the storage set here: the
-- rewrite fetches the moved-out values and stores them as set
ALTER TABLE "search_entries" ALTER COLUMN "name" SET STORAGE MAIN, ALTER COLUMN "language_status" SET STORAGE MAIN, ALTER COLUMN "area_codes" SET STORAGE MAIN, ALTER COLUMN "phones" SET STORAGE MAIN, ALTER COLUMN "emails" SET STORAGE MAIN, ALTER COLUMN "address_norm" SET STORAGE MAIN, ALTER COLUMN "source_id" SET STORAGE MAIN,
  ADD COLUMN "sub_types" text[] GENERATED ALWAYS AS (array_remove(ARRAY[sub_type], NULL)) STORED,
  ADD COLUMN "facet_tokens" text[] GENERATED ALWAYS AS (kuvaa_facet_tokens(kind, sub_type, funding_type, organization_type, languages, service_classes, target_groups, areas)) STORED,
  ALTER COLUMN "sub_types" SET STORAGE MAIN, ALTER COLUMN "facet_tokens" SET STORAGE MAIN;--> statement-breakpoint
CREATE INDEX "search_entries_public_doc_fi_facets_idx" ON "search_entries" USING gin ("doc_fi","service_classes","target_groups","ontology_terms","area_codes","sub_types") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_doc_sv_facets_idx" ON "search_entries" USING gin ("doc_sv","service_classes","target_groups","ontology_terms","area_codes","sub_types") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_doc_en_facets_idx" ON "search_entries" USING gin ("doc_en","service_classes","target_groups","ontology_terms","area_codes","sub_types") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_name_trgm_facets_idx" ON "search_entries" USING gin ("name_norm" gin_trgm_ops,"service_classes","target_groups","ontology_terms","area_codes","sub_types") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_facets_idx" ON "search_entries" USING gin ("service_classes","target_groups","ontology_terms","area_codes","sub_types") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_modified_idx" ON "search_entries" USING btree ("modified_at" DESC NULLS LAST,"entity_id","scope","kind","sub_types","organization_id","funding_type","organization_type","service_classes","target_groups","area_codes") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_working_doc_fi_facets_idx" ON "search_entries" USING gin ("doc_fi","service_classes","target_groups","ontology_terms","area_codes","sub_types") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_doc_sv_facets_idx" ON "search_entries" USING gin ("doc_sv","service_classes","target_groups","ontology_terms","area_codes","sub_types") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_doc_en_facets_idx" ON "search_entries" USING gin ("doc_en","service_classes","target_groups","ontology_terms","area_codes","sub_types") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_name_trgm_facets_idx" ON "search_entries" USING gin ("name_norm" gin_trgm_ops,"service_classes","target_groups","ontology_terms","area_codes","sub_types") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_facets_idx" ON "search_entries" USING gin ("service_classes","target_groups","ontology_terms","area_codes","sub_types") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_modified_idx" ON "search_entries" USING btree ("modified_at" DESC NULLS LAST,"entity_id","scope","kind","sub_types","organization_id","funding_type","organization_type","service_classes","target_groups","area_codes") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_geo_idx" ON "search_entries" USING btree ("lat","lon","scope","kind","sub_types");