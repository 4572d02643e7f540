-- Extensions Kuvaa needs on both the embedded database and a PostgreSQL server.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change); this wrapper names the dictionary
-- explicitly so that it can be IMMUTABLE and used in generated columns and indexes.
CREATE OR REPLACE FUNCTION kuvaa_norm(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
