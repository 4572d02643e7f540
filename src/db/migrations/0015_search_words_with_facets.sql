-- The words of each language with the facet codes beside them in one GIN index, so that one scan intersects a word with a service class, target group, ontology term or area.
DROP INDEX "search_entries_public_doc_fi_idx";--> statement-breakpoint
DROP INDEX "search_entries_public_doc_sv_idx";--> statement-breakpoint
DROP INDEX "search_entries_public_doc_en_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_doc_fi_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_doc_sv_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_doc_en_idx";--> statement-breakpoint
CREATE INDEX "search_entries_public_doc_fi_facets_idx" ON "search_entries" USING gin ("doc_fi","service_classes","target_groups","ontology_terms","areas") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_doc_sv_facets_idx" ON "search_entries" USING gin ("doc_sv","service_classes","target_groups","ontology_terms","areas") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_public_doc_en_facets_idx" ON "search_entries" USING gin ("doc_en","service_classes","target_groups","ontology_terms","areas") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_working_doc_fi_facets_idx" ON "search_entries" USING gin ("doc_fi","service_classes","target_groups","ontology_terms","areas") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_doc_sv_facets_idx" ON "search_entries" USING gin ("doc_sv","service_classes","target_groups","ontology_terms","areas") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_working_doc_en_facets_idx" ON "search_entries" USING gin ("doc_en","service_classes","target_groups","ontology_terms","areas") WHERE scope = 'working';