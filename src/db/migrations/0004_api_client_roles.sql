ALTER TABLE "api_clients" ADD COLUMN "role" text DEFAULT 'mainUser' NOT NULL;--> statement-breakpoint
UPDATE "api_clients" SET "role" = 'systemAdministrator' WHERE "organization_id" IS NULL;
