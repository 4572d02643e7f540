/** The rules of each catalogue entity kind, wired from domain/ for the generic lifecycle actions. */
import type { EntityRules } from './entity-kinds.ts';
import type { LanguageCode } from '../../shared/language.ts';
import type { OrganizationContent } from '../../domain/organization/organization.schema.ts';
import { validateOrganization } from '../../domain/organization/validate-organization.ts';
import { organizationPublishViolations } from '../../domain/organization/organization-publish-violations.ts';
import type { ServiceContent } from '../../domain/service/service.schema.ts';
import { validateService } from '../../domain/service/validate-service.ts';
import { servicePublishViolations } from '../../domain/service/service-publish-violations.ts';
import type { ChannelContent } from '../../domain/channel/channel.schema.ts';
import { validateChannel } from '../../domain/channel/validate-channel.ts';
import { channelPublishViolations } from '../../domain/channel/channel-publish-violations.ts';

type Content = Record<string, unknown>;
const languagesOf = (content: Content) => ((content.languages as LanguageCode[] | undefined) ?? []);

export const organizationRules: EntityRules = {
  kind: 'organization',
  owner: (content) => (content.parentOrganizationId as string | null | undefined) ?? null,
  languages: languagesOf,
  validate: (content, lookup) => validateOrganization(content as OrganizationContent, lookup),
  publishViolations: (content, lang, lookup) => organizationPublishViolations(content as OrganizationContent, lang, lookup),
};

export const serviceRules: EntityRules = {
  kind: 'service',
  owner: (content) => (content.mainResponsibleOrganizationId as string | undefined) ?? null,
  languages: languagesOf,
  validate: (content, lookup) => validateService(content as ServiceContent, lookup),
  publishViolations: (content, lang, lookup) => servicePublishViolations(content as ServiceContent, lang, lookup),
};

export const channelRules: EntityRules = {
  kind: 'channel',
  owner: (content) => (content.organizationId as string | undefined) ?? null,
  channelType: (content) => content.type as string,
  sharedForAll: (content) => content.sharedForAll !== false,
  languages: languagesOf,
  validate: (content, lookup) => validateChannel(content as ChannelContent, lookup),
  publishViolations: (content, lang, lookup) => channelPublishViolations(content as ChannelContent, lang, lookup),
};

/** The rules of an entity kind by name. */
export function rulesOf(kind: string): EntityRules {
  const rules = { organization: organizationRules, service: serviceRules, channel: channelRules }[kind];
  if (!rules) throw new Error(`Unknown entity kind ${kind}`);
  return rules;
}

type Producer = { provisionType: string; organizationIds?: string[] };

/** A service copied into another organization: it becomes the main responsible and self-producing one. */
export function copyServiceTo(content: Record<string, unknown>, organizationId: string): Record<string, unknown> {
  const previous = content.mainResponsibleOrganizationId;
  const producers = (content.producers as Producer[] | undefined)?.map((producer) =>
    producer.provisionType === 'SelfProduced' && producer.organizationIds
      ? { ...producer, organizationIds: [...new Set(producer.organizationIds.map((id) => (id === previous ? organizationId : id)))] }
      : producer,
  );
  return {
    ...content,
    mainResponsibleOrganizationId: organizationId,
    otherResponsibleOrganizationIds: ((content.otherResponsibleOrganizationIds as string[] | undefined) ?? []).filter((id) => id !== organizationId),
    ...(producers ? { producers } : {}),
  };
}
