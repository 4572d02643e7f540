CREATE TABLE "code_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"version_id" integer NOT NULL,
	"list" text NOT NULL,
	"code" text NOT NULL,
	"change" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_links" (
	"entity_id" uuid NOT NULL,
	"link_id" bigint NOT NULL,
	"paths" text[] NOT NULL,
	CONSTRAINT "entity_links_entity_id_link_id_pk" PRIMARY KEY("entity_id","link_id")
);
--> statement-breakpoint
CREATE TABLE "links" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"host" text NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_checked_at" timestamp with time zone,
	"last_status" integer,
	"last_error" text,
	"failures" integer DEFAULT 0 NOT NULL,
	"broken" boolean DEFAULT false NOT NULL,
	"exception_comment" text,
	"exception_by" text,
	"exception_at" timestamp with time zone,
	CONSTRAINT "links_url_unique" UNIQUE("url")
);
--> statement-breakpoint
CREATE TABLE "task_postponements" (
	"task_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"by" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "task_postponements_task_type_entity_id_pk" PRIMARY KEY("task_type","entity_id")
);
--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "checked_by" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "digest_opt_out" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "code_changes" ADD CONSTRAINT "code_changes_version_id_code_list_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."code_list_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_links" ADD CONSTRAINT "entity_links_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_links" ADD CONSTRAINT "entity_links_link_id_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_postponements" ADD CONSTRAINT "task_postponements_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "code_changes_code_idx" ON "code_changes" USING btree ("list","code");--> statement-breakpoint
CREATE INDEX "entity_links_link_idx" ON "entity_links" USING btree ("link_id");--> statement-breakpoint
CREATE INDEX "links_check_idx" ON "links" USING btree ("last_checked_at");