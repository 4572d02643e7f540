/** The shape of the demo catalogue: entities with stable ids, the state each ends in, and connections. */
import type { ChannelContent } from '../../domain/channel/channel.schema.ts';
import type { ConnectionContent } from '../../domain/connection/connection.schema.ts';
import type { OrganizationContent } from '../../domain/organization/organization.schema.ts';
import type { ServiceContent } from '../../domain/service/service.schema.ts';
import { demoId } from './demo-text.ts';

/**
 * Where an entity ends up: `published`; `draft` (never published); `modified` (published, then
 * edited: the working copy differs); `archived` (published, then archived); `scheduledArchive`
 * (published, with an archive scheduled for a later date).
 */
export type DemoState = 'published' | 'draft' | 'modified' | 'archived' | 'scheduledArchive';

export interface DemoEntity<C> {
  /** Readable key the id derives from, e.g. `organization:porvoo`. */
  key: string;
  id: string;
  content: C;
  state: DemoState;
  /** The edited working copy of a `modified` entity. */
  edited?: C;
}

export interface DemoConnection {
  serviceId: string;
  channelId: string;
  content: ConnectionContent;
}

export interface DemoCatalogue {
  organizations: DemoEntity<OrganizationContent>[];
  channels: DemoEntity<ChannelContent>[];
  services: DemoEntity<ServiceContent>[];
  /** Connections in the order they are made, each after its service is created. */
  connections: DemoConnection[];
}

export const organizationId = (key: string) => demoId(`organization:${key}`);
export const channelId = (key: string) => demoId(`channel:${key}`);
export const serviceId = (key: string) => demoId(`service:${key}`);
