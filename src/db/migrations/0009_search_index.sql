CREATE TABLE "search_entries" (
	"entity_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"kind" text NOT NULL,
	"sub_type" text,
	"organization_id" uuid,
	"languages" text[] NOT NULL,
	"language_status" jsonb NOT NULL,
	"status" text NOT NULL,
	"name" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"name_norm" text NOT NULL,
	"doc_fi" "tsvector" NOT NULL,
	"doc_sv" "tsvector" NOT NULL,
	"doc_en" "tsvector" NOT NULL,
	"snippet_text" jsonb NOT NULL,
	"service_classes" text[] NOT NULL,
	"target_groups" text[] NOT NULL,
	"ontology_terms" text[] NOT NULL,
	"areas" text[] NOT NULL,
	"funding_type" text,
	"organization_type" text,
	"phones" text[] NOT NULL,
	"emails" text[] NOT NULL,
	"address_norm" text NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"source_id" text,
	"modified_at" timestamp with time zone NOT NULL,
	CONSTRAINT "search_entries_entity_id_scope_pk" PRIMARY KEY("entity_id","scope")
);
--> statement-breakpoint
CREATE INDEX "search_entries_doc_fi_idx" ON "search_entries" USING gin ("doc_fi");--> statement-breakpoint
CREATE INDEX "search_entries_doc_sv_idx" ON "search_entries" USING gin ("doc_sv");--> statement-breakpoint
CREATE INDEX "search_entries_doc_en_idx" ON "search_entries" USING gin ("doc_en");--> statement-breakpoint
CREATE INDEX "search_entries_name_trgm_idx" ON "search_entries" USING gin ("name_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_entries_address_trgm_idx" ON "search_entries" USING gin ("address_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_entries_phones_idx" ON "search_entries" USING gin ("phones");--> statement-breakpoint
CREATE INDEX "search_entries_emails_idx" ON "search_entries" USING gin ("emails");--> statement-breakpoint
CREATE INDEX "search_entries_facets_idx" ON "search_entries" USING gin ("service_classes","target_groups","ontology_terms","areas");--> statement-breakpoint
CREATE INDEX "search_entries_scope_kind_idx" ON "search_entries" USING btree ("scope","kind","sub_type");--> statement-breakpoint
CREATE INDEX "search_entries_org_idx" ON "search_entries" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "search_entries_geo_idx" ON "search_entries" USING btree ("lat","lon");