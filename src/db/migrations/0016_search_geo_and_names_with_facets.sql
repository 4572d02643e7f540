-- Scope, kind and type beside the position in the geo index, so a distance search of services does not read every service location of the box to find that they are not services; the facet codes beside the names in the trigram index, so the typo fallback with a facet filter intersects them in one scan.
DROP INDEX "search_entries_public_name_trgm_idx";--> statement-breakpoint
DROP INDEX "search_entries_working_name_trgm_idx";--> statement-breakpoint
DROP INDEX "search_entries_geo_idx";--> statement-breakpoint
CREATE INDEX "search_entries_public_name_trgm_facets_idx" ON "search_entries" USING gin ("name_norm" gin_trgm_ops,"service_classes","target_groups","ontology_terms","area_codes") WHERE scope = 'public';--> statement-breakpoint
CREATE INDEX "search_entries_working_name_trgm_facets_idx" ON "search_entries" USING gin ("name_norm" gin_trgm_ops,"service_classes","target_groups","ontology_terms","area_codes") WHERE scope = 'working';--> statement-breakpoint
CREATE INDEX "search_entries_geo_idx" ON "search_entries" USING btree ("lat","lon","scope","kind","sub_type");