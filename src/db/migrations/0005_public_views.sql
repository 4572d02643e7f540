ALTER TABLE "connections" ADD COLUMN "public_content" jsonb;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "public_view" jsonb;