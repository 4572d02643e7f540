CREATE TABLE "api_clients" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"secret_hash" text NOT NULL,
	"organization_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "changes" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"txid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"entity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"operation" text NOT NULL,
	"languages" text[] NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connections" (
	"service_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"modified_at" timestamp with time zone NOT NULL,
	"modified_by" text NOT NULL,
	CONSTRAINT "connections_service_id_channel_id_pk" PRIMARY KEY("service_id","channel_id")
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"channel_type" text,
	"organization_id" uuid,
	"shared_for_all" boolean DEFAULT true NOT NULL,
	"source_client" text,
	"source_id" text,
	"origin_id" uuid,
	"language_status" jsonb NOT NULL,
	"status" text NOT NULL,
	"working_content" jsonb NOT NULL,
	"published_content" jsonb,
	"version_major" integer DEFAULT 0 NOT NULL,
	"version_minor" integer DEFAULT 1 NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"modified_at" timestamp with time zone NOT NULL,
	"modified_by" text NOT NULL,
	"published_at" timestamp with time zone,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "entity_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity_id" uuid NOT NULL,
	"major" integer NOT NULL,
	"minor" integer NOT NULL,
	"operation" text NOT NULL,
	"languages" text[] NOT NULL,
	"changed_fields" text[] NOT NULL,
	"content" jsonb NOT NULL,
	"language_status" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_service_id_entities_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_channel_id_entities_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_versions" ADD CONSTRAINT "entity_versions_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "changes_order_idx" ON "changes" USING btree ("txid","seq");--> statement-breakpoint
CREATE INDEX "connections_channel_idx" ON "connections" USING btree ("channel_id");--> statement-breakpoint
CREATE INDEX "entities_kind_org_idx" ON "entities" USING btree ("kind","organization_id");--> statement-breakpoint
CREATE INDEX "entities_kind_status_idx" ON "entities" USING btree ("kind","status");--> statement-breakpoint
CREATE UNIQUE INDEX "entities_source_idx" ON "entities" USING btree ("kind","source_client","source_id") WHERE "entities"."source_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "entity_versions_entity_idx" ON "entity_versions" USING btree ("entity_id","id");