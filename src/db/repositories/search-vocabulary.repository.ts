/**
 * The search index's vocabulary (search_lexemes, kept by triggers on search_entries): which
 * lexemes a prefix stands for, so that a search of several words can match them exactly.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db.ts';
import { textArray } from './sql-arrays.ts';
import type { SearchLanguage } from '../../domain/search/search-document.ts';
import { TS_CONFIG, type PrefixForm } from '../../domain/search/search-query.ts';

export interface FormLookup {
  language: SearchLanguage;
  /** A word or a stem variant, as typed (normalized). */
  form: string;
}

/**
 * Per form, in the order given: its stems under the language's text search configuration (as
 * to_tsquery would make them) and the vocabulary's lexemes that start with the stem, at most
 * `max` (undefined when there are more). The prefix is read as a range of the
 * text_pattern_ops index (byte order), so it needs no constant pattern.
 */
export async function prefixForms(db: DbOrTx, lookups: FormLookup[], max: number): Promise<PrefixForm[]> {
  if (lookups.length === 0) return [];
  const { rows } = await db.execute<{ stems: string[]; lexemes: string[] | null }>(sql`
    SELECT s.stems, v.lexemes
    FROM unnest(${textArray(lookups.map((l) => l.language))}, ${textArray(lookups.map((l) => TS_CONFIG[l.language]))}, ${textArray(lookups.map((l) => l.form))})
      WITH ORDINALITY AS x(language, config, form, n)
    CROSS JOIN LATERAL (SELECT coalesce(array_agg(t.lexeme ORDER BY t.lexeme), '{}') AS stems FROM unnest(to_tsvector(x.config::regconfig, x.form)) AS t) AS s
    LEFT JOIN LATERAL (
      SELECT coalesce(array_agg(l.lexeme ORDER BY l.lexeme), '{}') AS lexemes FROM (
        SELECT DISTINCT w.lexeme FROM search_lexemes w
        WHERE w.language = x.language AND w.lexeme ~>=~ s.stems[1] AND w.lexeme ~<~ (s.stems[1] || chr(1114111)) AND starts_with(w.lexeme, s.stems[1])
        ORDER BY w.lexeme LIMIT ${max + 1}
      ) AS l
    ) AS v ON cardinality(s.stems) = 1
    ORDER BY x.n`);
  return rows.map((r) => ({ stems: r.stems, lexemes: r.lexemes === null || r.lexemes.length > max ? undefined : r.lexemes }));
}
