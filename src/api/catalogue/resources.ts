/** The catalogue resources the API serves, each with its content schema and rules. */
import { organizationRules } from '../../actions/catalogue/resources.ts';
import { OrganizationContent } from '../../domain/organization/organization.schema.ts';
import type { ResourceSpec } from './catalogue.routes.ts';

export const RESOURCES: ResourceSpec[] = [
  {
    path: 'organizations',
    tag: 'Organizations',
    rules: organizationRules,
    content: OrganizationContent,
    setOwner: (content, organizationId) => ({ ...content, parentOrganizationId: organizationId }),
  },
];
