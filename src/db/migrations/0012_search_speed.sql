DROP INDEX "search_entries_doc_fi_idx";--> statement-breakpoint
DROP INDEX "search_entries_doc_sv_idx";--> statement-breakpoint
DROP INDEX "search_entries_doc_en_idx";--> statement-breakpoint
DROP INDEX "search_entries_name_trgm_idx";--> statement-breakpoint
DROP INDEX "search_entries_facets_idx";--> statement-breakpoint
CREATE INDEX "search_entries_public_doc_fi_idx" ON "search_entries" USING gin ("doc_fi") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_doc_sv_idx" ON "search_entries" USING gin ("doc_sv") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_doc_en_idx" ON "search_entries" USING gin ("doc_en") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_name_trgm_idx" ON "search_entries" USING gin ("name_norm" gin_trgm_ops) WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_facets_idx" ON "search_entries" USING gin ("service_classes","target_groups","ontology_terms","areas") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_modified_idx" ON "search_entries" USING btree ("modified_at" DESC NULLS LAST,"entity_id") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_working_doc_fi_idx" ON "search_entries" USING gin ("doc_fi") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_doc_sv_idx" ON "search_entries" USING gin ("doc_sv") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_doc_en_idx" ON "search_entries" USING gin ("doc_en") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_name_trgm_idx" ON "search_entries" USING gin ("name_norm" gin_trgm_ops) WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_facets_idx" ON "search_entries" USING gin ("service_classes","target_groups","ontology_terms","areas") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_modified_idx" ON "search_entries" USING btree ("modified_at" DESC NULLS LAST,"entity_id") WHERE scope = 'working';--> statement-breakpoint
-- Not in the drizzle schema: keep what matching, ranking and facets read in the row (STORAGE MAIN:
-- compressed in line, moved out only as a last resort; fetching each value from the TOAST table
-- cost 3-4x), and move what only the 20 rows of a page show out first (snippet text, summary).
ALTER TABLE "search_entries" ALTER COLUMN "doc_fi" SET STORAGE MAIN, ALTER COLUMN "doc_sv" SET STORAGE MAIN, ALTER COLUMN "doc_en" SET STORAGE MAIN, ALTER COLUMN "name_norm" SET STORAGE MAIN, ALTER COLUMN "languages" SET STORAGE MAIN, ALTER COLUMN "service_classes" SET STORAGE MAIN, ALTER COLUMN "target_groups" SET STORAGE MAIN, ALTER COLUMN "ontology_terms" SET STORAGE MAIN, ALTER COLUMN "areas" SET STORAGE MAIN, ALTER COLUMN "snippet_text" SET STORAGE EXTERNAL, ALTER COLUMN "summary" SET STORAGE EXTERNAL;--> statement-breakpoint
-- rows written before keep their old storage until rewritten: rewrite them once
UPDATE "search_entries" SET "doc_fi" = "doc_fi" || ''::tsvector, "doc_sv" = "doc_sv" || ''::tsvector, "doc_en" = "doc_en" || ''::tsvector, "name_norm" = "name_norm" || '', "areas" = "areas" || '{}'::text[], "service_classes" = "service_classes" || '{}'::text[], "target_groups" = "target_groups" || '{}'::text[], "ontology_terms" = "ontology_terms" || '{}'::text[], "languages" = "languages" || '{}'::text[];
