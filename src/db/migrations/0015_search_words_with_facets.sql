-- The words of each language share a GIN index with the facet codes, so that one scan intersects a word with a service class, target group, ontology term or area. The area tokens are also kept as numbers (area_codes), which the modified-time index can hold: a list of every municipality is 1.4 kB as numbers, too big for a btree entry as text.
CREATE FUNCTION kuvaa_area_codes(tokens text[]) RETURNS integer[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(CASE WHEN t = '*' THEN 0 WHEN left(t, 2) = 'm:' THEN substr(t, 3)::integer WHEN left(t, 2) = 'r:' THEN 1000 + substr(t, 3)::integer ELSE 2000 + substr(t, 3)::integer END), '{}')
  FROM unnest(tokens) AS t
  WHERE t = '*' OR t ~ '^[mrw]:[0-9]{1,3}$'
$$;--> statement-breakpoint
DROP INDEX "search_entries_public_doc_fi_idx";--> statement-breakpoint
DROP INDEX "search_entries_public_doc_sv_idx";--> statement-breakpoint
DROP INDEX "search_entries_public_doc_en_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_doc_fi_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_doc_sv_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_doc_en_idx";--> statement-breakpoint
DROP INDEX "search_entries_public_facets_idx";--> statement-breakpoint
DROP INDEX "search_entries_public_modified_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_facets_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_modified_idx";--> statement-breakpoint
ALTER TABLE "search_entries" ADD COLUMN "area_codes" integer[] GENERATED ALWAYS AS (kuvaa_area_codes(areas)) STORED;--> statement-breakpoint
CREATE INDEX "search_entries_public_doc_fi_facets_idx" ON "search_entries" USING gin ("doc_fi","service_classes","target_groups","ontology_terms","area_codes") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_doc_sv_facets_idx" ON "search_entries" USING gin ("doc_sv","service_classes","target_groups","ontology_terms","area_codes") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_doc_en_facets_idx" ON "search_entries" USING gin ("doc_en","service_classes","target_groups","ontology_terms","area_codes") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_working_doc_fi_facets_idx" ON "search_entries" USING gin ("doc_fi","service_classes","target_groups","ontology_terms","area_codes") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_doc_sv_facets_idx" ON "search_entries" USING gin ("doc_sv","service_classes","target_groups","ontology_terms","area_codes") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_doc_en_facets_idx" ON "search_entries" USING gin ("doc_en","service_classes","target_groups","ontology_terms","area_codes") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_public_facets_idx" ON "search_entries" USING gin ("service_classes","target_groups","ontology_terms","area_codes") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_modified_idx" ON "search_entries" USING btree ("modified_at" DESC NULLS LAST,"entity_id","scope","kind","sub_type","organization_id","funding_type","organization_type","service_classes","target_groups","area_codes") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_working_facets_idx" ON "search_entries" USING gin ("service_classes","target_groups","ontology_terms","area_codes") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_modified_idx" ON "search_entries" USING btree ("modified_at" DESC NULLS LAST,"entity_id","scope","kind","sub_type","organization_id","funding_type","organization_type","service_classes","target_groups","area_codes") WHERE scope = 'working';