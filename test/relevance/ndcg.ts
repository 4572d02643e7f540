/**
 * The search relevance set (search-relevance.json) and how it is scored: whether the expected
 * services are in the first three results, and nDCG@10 with graded relevance. Shared by the
 * relevance test (src/api/search/relevance.test.ts) and the search benchmark.
 */
import fs from 'node:fs';

export type RelevanceLanguage = 'fi' | 'sv' | 'en';

export interface RelevanceQuery {
  q: string;
  lang: RelevanceLanguage;
  /** Services that must be among the first three results (grade 3 unless `relevant` says otherwise). */
  top3: string[];
  /** Other relevant services: a name (grade 1) or a name with its grade 1–3. */
  relevant?: (string | { name: string; grade: number })[];
}

export interface QueryScore {
  query: RelevanceQuery;
  /** Names the search returned, best first. */
  got: string[];
  /** top3 names that were not among the first three results. */
  missing: string[];
  ndcg: number;
}

export const NDCG_CUTOFF = 10;
const SET_FILE = new URL('./search-relevance.json', import.meta.url);

/** The committed relevance set. */
export function relevanceSet(): RelevanceQuery[] {
  return (JSON.parse(fs.readFileSync(SET_FILE, 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

/** Grade of every judged service of the query (names not listed are grade 0). */
export function gradesOf(query: RelevanceQuery): Map<string, number> {
  const grades = new Map(query.top3.map((name): [string, number] => [name, 3]));
  for (const item of query.relevant ?? []) {
    if (typeof item === 'string') {
      if (!grades.has(item)) grades.set(item, 1);
    } else grades.set(item.name, item.grade);
  }
  return grades;
}

const gain = (grade: number) => 2 ** grade - 1;
const discounted = (grades: number[]) => grades.slice(0, NDCG_CUTOFF).reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);

/** nDCG@10 of a ranked list of names: 1 when the judged services come in the best order. */
export function ndcgAt10(query: RelevanceQuery, ranked: string[]): number {
  const grades = gradesOf(query);
  const ideal = discounted([...grades.values()].sort((a, b) => b - a));
  return ideal === 0 ? 0 : discounted(ranked.map((name) => grades.get(name) ?? 0)) / ideal;
}

/** Scores one query's results (names, best first). */
export function scoreQuery(query: RelevanceQuery, got: string[]): QueryScore {
  const first3 = got.slice(0, 3);
  return { query, got, missing: query.top3.filter((name) => !first3.includes(name)), ndcg: ndcgAt10(query, got) };
}

export interface SetSummary {
  scores: QueryScore[];
  meanNdcg: number;
  /** Per language: queries whose top3 names were all among the first three, and all queries. */
  passed: Record<RelevanceLanguage, { passed: number; total: number }>;
}

/** Runs every query of the set through `search` (q, lang → names, best first) and scores them. */
export async function runRelevanceSet(search: (q: string, lang: RelevanceLanguage) => Promise<string[]>, queries = relevanceSet()): Promise<SetSummary> {
  const scores: QueryScore[] = [];
  for (const query of queries) scores.push(scoreQuery(query, await search(query.q, query.lang)));
  const passed = { fi: { passed: 0, total: 0 }, sv: { passed: 0, total: 0 }, en: { passed: 0, total: 0 } };
  for (const score of scores) {
    passed[score.query.lang].total += 1;
    if (score.missing.length === 0) passed[score.query.lang].passed += 1;
  }
  const meanNdcg = scores.reduce((sum, s) => sum + s.ndcg, 0) / Math.max(1, scores.length);
  return { scores, meanNdcg, passed };
}

/** One line per failing query: what was expected in the top three and what came. */
export function failureLines(summary: SetSummary): string[] {
  return summary.scores
    .filter((s) => s.missing.length > 0)
    .map((s) => `[${s.query.lang}] "${s.query.q}": expected ${s.missing.map((n) => `"${n}"`).join(', ')} in the top 3, got ${s.got.slice(0, 5).map((n) => `"${n}"`).join(', ') || 'nothing'}`);
}

/** The API path of a relevance query. */
export function searchUrl(q: string, lang: RelevanceLanguage): string {
  return `/api/v1/search?q=${encodeURIComponent(q)}&lang=${lang}&type=service&limit=${NDCG_CUTOFF}`;
}
