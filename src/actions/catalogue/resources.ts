/** The rules of each catalogue entity kind, wired from domain/ for the generic lifecycle actions. */
import type { EntityRules } from './entity-kinds.ts';
import type { LanguageCode } from '../../shared/language.ts';
import type { OrganizationContent } from '../../domain/organization/organization.schema.ts';
import { validateOrganization } from '../../domain/organization/validate-organization.ts';
import { organizationPublishViolations } from '../../domain/organization/organization-publish-violations.ts';

type Content = Record<string, unknown>;
const languagesOf = (content: Content) => ((content.languages as LanguageCode[] | undefined) ?? []);

export const organizationRules: EntityRules = {
  kind: 'organization',
  owner: (content) => (content.parentOrganizationId as string | null | undefined) ?? null,
  languages: languagesOf,
  validate: (content, lookup) => validateOrganization(content as OrganizationContent, lookup),
  publishViolations: (content, lang, lookup) => organizationPublishViolations(content as OrganizationContent, lang, lookup),
};
