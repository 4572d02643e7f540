CREATE TABLE "search_lexemes" (
	"language" text NOT NULL,
	"lexeme" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_lexemes_prefix_idx" ON "search_lexemes" USING btree ("language","lexeme" text_pattern_ops);--> statement-breakpoint
-- The vocabulary holds the lexemes of every row of search_entries: after each statement that writes rows, the lexemes of those rows that are not in it yet are added (see src/db/schema/search.ts).
CREATE FUNCTION kuvaa_add_search_lexemes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_lexemes (language, lexeme)
  SELECT d.language, d.lexeme
  FROM (
    SELECT 'fi' AS language, unnest(tsvector_to_array(r.doc_fi)) AS lexeme FROM written_rows r
    UNION SELECT 'sv', unnest(tsvector_to_array(r.doc_sv)) FROM written_rows r
    UNION SELECT 'en', unnest(tsvector_to_array(r.doc_en)) FROM written_rows r
  ) d
  WHERE NOT EXISTS (SELECT 1 FROM search_lexemes l WHERE l.language = d.language AND l.lexeme = d.lexeme);
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER search_entries_lexemes_after_insert AFTER INSERT ON search_entries REFERENCING NEW TABLE AS written_rows FOR EACH STATEMENT EXECUTE FUNCTION kuvaa_add_search_lexemes();--> statement-breakpoint
CREATE TRIGGER search_entries_lexemes_after_update AFTER UPDATE ON search_entries REFERENCING NEW TABLE AS written_rows FOR EACH STATEMENT EXECUTE FUNCTION kuvaa_add_search_lexemes();--> statement-breakpoint
INSERT INTO search_lexemes (language, lexeme)
SELECT 'fi', unnest(tsvector_to_array(doc_fi)) FROM search_entries
UNION SELECT 'sv', unnest(tsvector_to_array(doc_sv)) FROM search_entries
UNION SELECT 'en', unnest(tsvector_to_array(doc_en)) FROM search_entries;
