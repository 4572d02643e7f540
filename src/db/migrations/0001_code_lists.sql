CREATE TABLE "area_municipalities" (
	"area_type" text NOT NULL,
	"area_code" text NOT NULL,
	"municipality_code" text NOT NULL,
	CONSTRAINT "area_municipalities_area_type_area_code_municipality_code_pk" PRIMARY KEY("area_type","area_code","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "areas" (
	"type" text NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"legacy_code" text,
	"subtype" text,
	"region_code" text,
	"short_id" text,
	"valid" boolean DEFAULT true NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "areas_type_code_pk" PRIMARY KEY("type","code")
);
--> statement-breakpoint
CREATE TABLE "code_list_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"version_label" text NOT NULL,
	"checksum" text NOT NULL,
	"item_count" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "countries" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"dial_codes" text[] NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "digital_authorizations" (
	"uri" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"definition" jsonb,
	"broader" text[] NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "enum_values" (
	"enum_name" text NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"sort_order" integer NOT NULL,
	"internal" boolean NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "enum_values_enum_name_code_pk" PRIMARY KEY("enum_name","code")
);
--> statement-breakpoint
CREATE TABLE "holidays" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"rule" jsonb NOT NULL,
	"sort_order" integer NOT NULL,
	"valid" boolean NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "industrial_classes" (
	"code" text PRIMARY KEY NOT NULL,
	"uri" text NOT NULL,
	"legacy_uri" text,
	"parent_code" text,
	"level" smallint NOT NULL,
	"sort_order" integer NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"removed_at" timestamp with time zone,
	CONSTRAINT "industrial_classes_uri_unique" UNIQUE("uri")
);
--> statement-breakpoint
CREATE TABLE "koko_concepts" (
	"uri" text PRIMARY KEY NOT NULL,
	"yso_uri" text,
	"ontologies" text[] NOT NULL,
	"pref_label" jsonb NOT NULL,
	"alt_label" jsonb
);
--> statement-breakpoint
CREATE TABLE "languages" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"sort_order" integer NOT NULL,
	"content_language" boolean NOT NULL,
	"content_order" integer,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "life_events" (
	"code" text PRIMARY KEY NOT NULL,
	"uri" text NOT NULL,
	"legacy_uri" text,
	"parent_code" text,
	"level" smallint NOT NULL,
	"sort_order" integer NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"removed_at" timestamp with time zone,
	CONSTRAINT "life_events_uri_unique" UNIQUE("uri")
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"alt_names" jsonb,
	"organization_name" text,
	"business_id" text,
	"valid" boolean NOT NULL,
	"merged_into" text,
	"region_code" text,
	"wellbeing_services_county_code" text,
	"business_region_code" text,
	"hospital_region_code" text,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ontology_term_labels" (
	"term_id" text NOT NULL,
	"lang" text NOT NULL,
	"label" text NOT NULL,
	"norm" text GENERATED ALWAYS AS (kuvaa_norm(label)) STORED NOT NULL,
	"is_place" boolean DEFAULT false NOT NULL,
	CONSTRAINT "ontology_term_labels_term_id_lang_pk" PRIMARY KEY("term_id","lang")
);
--> statement-breakpoint
CREATE TABLE "ontology_terms" (
	"id" text PRIMARY KEY NOT NULL,
	"uri" text NOT NULL,
	"label" jsonb NOT NULL,
	"is_place" boolean DEFAULT false NOT NULL,
	"label_source" text NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "ontology_terms_uri_unique" UNIQUE("uri")
);
--> statement-breakpoint
CREATE TABLE "postal_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"municipality_code" text NOT NULL,
	"source_municipality_code" text,
	"type" text NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "service_classes" (
	"code" text PRIMARY KEY NOT NULL,
	"uri" text NOT NULL,
	"legacy_uri" text,
	"parent_code" text,
	"level" smallint NOT NULL,
	"sort_order" integer NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"removed_at" timestamp with time zone,
	CONSTRAINT "service_classes_uri_unique" UNIQUE("uri")
);
--> statement-breakpoint
CREATE TABLE "service_numbers" (
	"number" text PRIMARY KEY NOT NULL,
	"company" text NOT NULL,
	"granted" date,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "target_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"uri" text NOT NULL,
	"legacy_uri" text,
	"parent_code" text,
	"level" smallint NOT NULL,
	"sort_order" integer NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"removed_at" timestamp with time zone,
	CONSTRAINT "target_groups_uri_unique" UNIQUE("uri")
);
--> statement-breakpoint
ALTER TABLE "area_municipalities" ADD CONSTRAINT "area_municipalities_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ontology_term_labels" ADD CONSTRAINT "ontology_term_labels_term_id_ontology_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."ontology_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postal_codes" ADD CONSTRAINT "postal_codes_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "area_municipalities_municipality_idx" ON "area_municipalities" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "code_list_versions_name_idx" ON "code_list_versions" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "industrial_classes_parent_idx" ON "industrial_classes" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "ontology_term_labels_prefix_idx" ON "ontology_term_labels" USING btree ("norm" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "ontology_term_labels_trgm_idx" ON "ontology_term_labels" USING gin ("norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "postal_codes_municipality_idx" ON "postal_codes" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "service_classes_parent_idx" ON "service_classes" USING btree ("parent_code");