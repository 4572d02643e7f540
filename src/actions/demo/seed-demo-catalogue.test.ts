import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { asc, sql } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../../../test/helpers/test-database.ts';
import { fixedClock } from '../../adapters/clock.ts';
import * as t from '../../db/schema/index.ts';
import { listConnections, listPendingScheduledActions, type EntityRow } from '../../db/repositories/entities.repository.ts';
import type { Context } from '../context.ts';
import { codeLookup } from '../catalogue/code-lookup.ts';
import { buildDemoCatalogue } from './demo-catalogue.ts';
import { organizationId } from './demo-model.ts';
import { SCHEDULED_ARCHIVE_AFTER_DAYS, seedDemoCatalogue, type DemoSeedResult } from './seed-demo-catalogue.ts';

const NOW = '2026-11-01T08:00:00Z';
let database: TestDatabase;
let ctx: Context;
let seeded: DemoSeedResult;
let rows: EntityRow[];

const allRows = (db: TestDatabase) => db.db.select().from(t.entities).orderBy(asc(t.entities.id));
const of = (kind: string) => rows.filter((row) => row.kind === kind);
const text = (row: EntityRow, field: string, lang = 'fi') => ((row.workingContent[field] ?? {}) as Record<string, string>)[lang];
const byName = (kind: string, fi: string) => {
  const row = of(kind).find((r) => text(r, 'name') === fi);
  assert.ok(row, `a ${kind} named "${fi}" is seeded`);
  return row;
};
const isPublic = (row: EntityRow) => row.status === 'published' || row.status === 'modified';

before(async () => {
  database = await openTestDatabase();
  ctx = { database, clock: fixedClock(NOW) };
  seeded = await seedDemoCatalogue(ctx);
  rows = await allRows(database);
});
after(async () => {
  await database.destroy();
});

describe('seedDemoCatalogue on an empty catalogue', () => {
  test('seeds at least 10 organizations, 50 services and published channels of all five types', () => {
    assert.equal(seeded.skipped, false, 'the first run seeds');
    assert.equal(of('organization').length, seeded.organizations, 'organizations as reported');
    assert.equal(of('service').length, seeded.services, 'services as reported');
    assert.ok(of('organization').filter(isPublic).length >= 10, 'at least 10 public organizations');
    assert.ok(of('service').filter(isPublic).length >= 50, 'at least 50 public services');
    const types = new Set(of('channel').filter(isPublic).map((row) => row.channelType));
    assert.deepEqual([...types].sort(), ['EChannel', 'Phone', 'PrintableForm', 'ServiceLocation', 'WebPage']);
  });

  test('has a municipality and an association federation with members and a member section (three levels)', () => {
    const city = of('organization').find((row) => row.workingContent.type === 'Municipality' && row.organizationId === null);
    assert.ok(city, 'a top-level municipality');
    assert.equal(city.workingContent.municipalityCode, '638');
    const parentOf = new Map(of('organization').map((row) => [row.id, row.organizationId]));
    const depth = (id: string | null): number => (id === null ? 0 : 1 + depth(parentOf.get(id) ?? null));
    const section = byName('organization', 'Porvoon Liikunnan Ystävät ry, senioriliikuntajaosto');
    assert.equal(depth(section.id), 3, 'federation → association → section');
    const federation = byName('organization', 'Itä-Uudenmaan Järjestöliitto ry');
    const members = of('organization').filter((row) => row.organizationId === federation.id);
    assert.ok(members.length >= 5, `the federation has member associations (${members.length})`);
    assert.ok(members.every((row) => row.workingContent.type === 'Organization'), 'members are associations');
  });

  test('publishes every public service in Finnish, Swedish and English, NGO services as privately funded', () => {
    for (const row of of('service').filter(isPublic)) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        assert.ok(['published', 'modified'].includes(row.languageStatus[lang] ?? ''), `${text(row, 'name')} is public in ${lang}`);
        assert.ok(text(row, 'summary', lang) && text(row, 'description', lang), `${text(row, 'name')} has a ${lang} summary and description`);
      }
    }
    const ngoIds = new Set(of('organization').filter((row) => row.workingContent.type === 'Organization').map((row) => row.id));
    const ngoServices = of('service').filter((row) => ngoIds.has(row.organizationId ?? ''));
    assert.ok(ngoServices.length >= 5, 'associations offer services');
    assert.ok(ngoServices.every((row) => row.workingContent.fundingType === 'Private'), 'NGO services are fundingType Private');
  });

  test("connects an association's course to the municipality's shared school gym with hours and the instructor's title", async () => {
    const gym = byName('channel', 'Keskuskoulun liikuntasali');
    const owner = rows.find((row) => row.id === gym.organizationId);
    assert.equal(owner?.workingContent.type, 'Municipality', 'the municipality owns the gym');
    assert.equal(gym.channelType, 'ServiceLocation');
    assert.equal(gym.sharedForAll, true, 'the gym is shared for all');
    const [address] = gym.workingContent.visitingAddresses as { street: Record<string, string>; postalCode: string }[];
    assert.deepEqual([address?.street.fi, address?.postalCode], ['Aleksanterinkatu', '06100']);

    const course = byName('service', 'Senioreiden kuntojumppa');
    assert.equal(rows.find((row) => row.id === course.organizationId)?.workingContent.type, 'Organization', 'an association runs the course');
    const connection = (await listConnections(database.db, [course.id])).find((c) => c.channelId === gym.id);
    assert.ok(connection, 'the course is connected to the gym');
    const content = connection.content as { description: Record<string, string>; serviceHours: { regular: { days: Record<string, unknown[]> }[] } };
    assert.match(content.description.fi!, /tiistaisin ja torstaisin klo 17\.30–18\.30/);
    assert.match(content.description.fi!, /liikunnanohjaaja/);
    assert.match(content.description.sv!, /idrottsinstruktör/);
    assert.match(content.description.en!, /sports instructor/);
    assert.deepEqual(Object.keys(content.serviceHours.regular[0]!.days).sort(), ['thursday', 'tuesday']);
  });

  test('has drafts, modified working copies, archived items and a pending scheduled archive', async () => {
    const count = (kind: string, status: string) => of(kind).filter((row) => row.status === status).length;
    assert.ok(count('service', 'draft') >= 2, 'draft services');
    assert.ok(count('service', 'modified') >= 2, 'modified services');
    assert.ok(count('service', 'archived') >= 2, 'archived services');
    assert.equal(count('channel', 'draft'), 1, 'a draft channel');
    assert.equal(count('channel', 'archived'), 1, 'an archived channel');
    assert.ok(count('organization', 'modified') >= 1, 'a modified organization');
    for (const row of of('service').filter((r) => r.status === 'draft')) assert.equal(row.publishedContent, null, `${text(row, 'name')} was never published`);
    for (const row of of('service').filter((r) => r.status === 'modified')) {
      assert.notDeepEqual(row.workingContent.description, row.publishedContent?.description, `${text(row, 'name')} has unpublished edits`);
    }
    const pending = (await Promise.all(of('service').map((row) => listPendingScheduledActions(database.db, row.id)))).flat();
    assert.equal(pending.length, 1, 'one scheduled action');
    assert.equal(pending[0]!.action, 'archive');
    assert.equal(pending[0]!.dueAt.toISOString(), new Date(Date.parse(NOW) + SCHEDULED_ARCHIVE_AFTER_DAYS * 86_400_000).toISOString());
  });

  test('does nothing on a second run', async () => {
    const counts = async () => {
      const result = await database.db.execute<{ n: string }>(sql`
        SELECT (SELECT count(*) FROM entities) + (SELECT count(*) FROM entity_versions) + (SELECT count(*) FROM changes) + (SELECT count(*) FROM connections) AS n`);
      return Number(result.rows[0]!.n);
    };
    const before = await counts();
    const again = await seedDemoCatalogue(ctx);
    assert.deepEqual(again, { organizations: 0, services: 0, channels: 0, connections: 0, skipped: true });
    assert.equal(await counts(), before, 'no row was added');
  });

  test('writes the built catalogue, which is the same, ids included, every time it is built', async () => {
    const lookup = await codeLookup(ctx);
    const built = buildDemoCatalogue(lookup);
    assert.deepEqual(buildDemoCatalogue(lookup), built, 'building twice gives the same catalogue');
    assert.equal(organizationId('porvoo'), '2aa74bd3-17a1-568e-a0d6-ebc9b64cc3fc', 'ids derive from names, the same in every installation');
    const expected = [...built.organizations, ...built.channels, ...built.services]
      .map((entity) => ({ id: entity.id, content: entity.edited ?? entity.content }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    assert.deepEqual(rows.map((row) => ({ id: row.id, content: row.workingContent })), expected);
  });
});
