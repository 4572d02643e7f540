/** The catalogue resources the API serves, each with its content schema and rules. */
import type { TSchema } from 'typebox';
import { channelRules, copyServiceTo, organizationRules, serviceRules } from '../../actions/catalogue/resources.ts';
import { OrganizationContent } from '../../domain/organization/organization.schema.ts';
import { ServiceContent } from '../../domain/service/service.schema.ts';
import { ChannelContent } from '../../domain/channel/channel.schema.ts';

/** One branch per channel type chosen by `type`, so a bad channel gets only its own type's errors. */
const ChannelBody = {
  oneOf: ChannelContent.anyOf,
  discriminator: { propertyName: 'type' },
  type: 'object',
  description: 'A channel; `type` chooses which fields apply.',
} as unknown as TSchema;
import type { ResourceSpec } from './catalogue.routes.ts';
import { ChannelListQuery, ServiceListQuery } from './catalogue.schemas.ts';

export const RESOURCES: ResourceSpec[] = [
  {
    path: 'organizations',
    tag: 'Organizations',
    rules: organizationRules,
    content: OrganizationContent,
    setOwner: (content, organizationId) => ({ ...content, parentOrganizationId: organizationId }),
  },
  {
    path: 'services',
    tag: 'Services',
    rules: serviceRules,
    content: ServiceContent,
    listQuery: ServiceListQuery,
    setOwner: copyServiceTo,
  },
  {
    path: 'channels',
    tag: 'Channels',
    rules: channelRules,
    content: ChannelBody,
    listQuery: ChannelListQuery,
    setOwner: (content, organizationId) => ({ ...content, organizationId }),
  },
];
