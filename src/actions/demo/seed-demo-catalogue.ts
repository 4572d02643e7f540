/**
 * Seeds the demo catalogue into an empty database through the ordinary actions, so every rule,
 * version and change-feed entry applies as if editors had written it.
 */
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import { entities } from '../../db/schema/index.ts';
import type { LanguageCode } from '../../shared/language.ts';
import type { Context } from '../context.ts';
import { codeLookup } from '../catalogue/code-lookup.ts';
import { connectChannel } from '../catalogue/connections.ts';
import type { EntityRules } from '../catalogue/entity-kinds.ts';
import { archiveEntity, createEntity, publishEntity, replaceEntity } from '../catalogue/entity-lifecycle.ts';
import { channelRules, organizationRules, serviceRules } from '../catalogue/resources.ts';
import { scheduleAction } from '../catalogue/schedule.ts';
import { versionTag } from '../catalogue/version-tag.ts';
import { buildDemoCatalogue } from './demo-catalogue.ts';
import type { DemoConnection, DemoEntity } from './demo-model.ts';

export interface DemoSeedResult {
  organizations: number;
  services: number;
  channels: number;
  connections: number;
  /** True when the catalogue already had content and nothing was written. */
  skipped: boolean;
}

/** How long after seeding the demo's scheduled archive is due. */
export const SCHEDULED_ARCHIVE_AFTER_DAYS = 90;

/**
 * Writes the demo catalogue when the catalogue has no entity at all; otherwise does nothing and
 * reports `skipped`. Throws ValidationError if a demo entity breaks a rule (a bug in the demo data).
 */
export async function seedDemoCatalogue(ctx: Context): Promise<DemoSeedResult> {
  if (!(await catalogueIsEmpty(ctx))) return { organizations: 0, services: 0, channels: 0, connections: 0, skipped: true };
  const catalogue = buildDemoCatalogue(await codeLookup(ctx));
  for (const organization of catalogue.organizations) await writeEntity(ctx, organizationRules, organization, []);
  for (const channel of catalogue.channels) await writeEntity(ctx, channelRules, channel, []);
  for (const service of catalogue.services) {
    await writeEntity(ctx, serviceRules, service, catalogue.connections.filter((c) => c.serviceId === service.id));
  }
  return {
    organizations: catalogue.organizations.length,
    services: catalogue.services.length,
    channels: catalogue.channels.length,
    connections: catalogue.connections.length,
    skipped: false,
  };
}

/**
 * True when no organization, service or channel exists, drafts and archived ones included.
 * (A one-line read kept here until it can move to the entities repository.)
 */
async function catalogueIsEmpty(ctx: Context): Promise<boolean> {
  const rows = await ctx.database.db.select({ id: entities.id }).from(entities).limit(1);
  return rows.length === 0;
}

const tag = (row: EntityRow) => versionTag(row.id, row.revision);

/** Creates the entity, connects its channels, and takes it to its demo state. */
async function writeEntity(ctx: Context, rules: EntityRules, entity: DemoEntity<object>, connections: DemoConnection[]): Promise<void> {
  const content = entity.content as Record<string, unknown>;
  let row = await createEntity(ctx, rules, content, undefined, entity.id);
  for (const connection of connections) row = await connectChannel(ctx, row.id, connection.channelId, connection.content, tag(row));
  if (entity.state === 'draft') return;
  row = await publishEntity(ctx, rules, row.id, rules.languages(content) as LanguageCode[], tag(row));
  switch (entity.state) {
    case 'modified':
      await replaceEntity(ctx, rules, row.id, entity.edited as Record<string, unknown>, tag(row));
      break;
    case 'archived':
      await archiveEntity(ctx, rules, row.id, undefined, tag(row));
      break;
    case 'scheduledArchive': {
      const at = new Date(ctx.clock.now().getTime() + SCHEDULED_ARCHIVE_AFTER_DAYS * 24 * 60 * 60 * 1000);
      await scheduleAction(ctx, rules, row.id, 'archive', [], at, tag(row));
      break;
    }
  }
}
