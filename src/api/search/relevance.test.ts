import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { failureLines, relevanceSet, runRelevanceSet, searchUrl, type RelevanceLanguage, type SetSummary } from '../../../test/relevance/ndcg.ts';
import { seedDemoCatalogue } from '../../actions/demo/seed-demo-catalogue.ts';

const MIN_NDCG = 0.8;

let t: TestApp;
let summary: SetSummary;

async function searchNames(q: string, lang: RelevanceLanguage): Promise<string[]> {
  const url = searchUrl(q, lang);
  const response = await t.app.inject({ method: 'GET', url });
  assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
  return (response.json() as { items: { name: string }[] }).items.map((item) => item.name);
}

before(async () => {
  t = await openTestApp();
  await seedDemoCatalogue(t.ctx);
  summary = await runRelevanceSet(searchNames);
});
after(async () => {
  await t.close();
});

test('the relevance set has at least 12 queries in each of fi, sv and en', () => {
  const counts = { fi: 0, sv: 0, en: 0 };
  for (const query of relevanceSet()) counts[query.lang] += 1;
  assert.ok(counts.fi >= 12 && counts.sv >= 12 && counts.en >= 12, `queries per language: ${JSON.stringify(counts)}`);
});

test('every expected service of the relevance set is among the first three results', () => {
  const failures = failureLines(summary);
  assert.equal(failures.length, 0, `${failures.length} of ${summary.scores.length} queries miss a service in the top 3:\n${failures.join('\n')}`);
});

test(`mean nDCG@10 over the relevance set is at least ${MIN_NDCG}`, (context) => {
  context.diagnostic(`mean nDCG@10 ${summary.meanNdcg.toFixed(3)} over ${summary.scores.length} queries`);
  const weakest = [...summary.scores].sort((a, b) => a.ndcg - b.ndcg).slice(0, 5).map((s) => `[${s.query.lang}] "${s.query.q}" ${s.ndcg.toFixed(2)}`);
  assert.ok(summary.meanNdcg >= MIN_NDCG, `mean nDCG@10 ${summary.meanNdcg.toFixed(3)} < ${MIN_NDCG}; weakest: ${weakest.join(', ')}`);
});
