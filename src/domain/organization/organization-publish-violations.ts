/** What publishing one language version of an organization requires. */
import type { LanguageCode } from '../../shared/language.ts';
import type { CodeLookup } from '../codelist/lookup.ts';
import { areaPublishViolations } from '../common/area-rules.ts';
import { publishLanguageViolations } from '../common/list-rules.ts';
import { requiredText, summaryNotName } from '../common/text-rules.ts';
import { violation, type Violation } from '../common/violation.ts';
import type { OrganizationContent } from './organization.schema.ts';

/**
 * Every reason the `lang` version of the organization cannot be published: `lang` is one of its
 * languages; name and summary in `lang`, summary not equal to the name; the alternative name when
 * it is the display name; a Municipality names its municipality; a limited area names areas.
 * Checks in addition to validateOrganization, whose violations also block publishing.
 */
export function organizationPublishViolations(content: OrganizationContent, lang: LanguageCode, _lookup: CodeLookup): Violation[] {
  const found = [
    ...publishLanguageViolations(content.languages, lang),
    ...requiredText('name', content.name, lang, 'Name'),
    ...requiredText('summary', content.summary, lang, 'Summary'),
    ...summaryNotName(content.name, content.summary, lang),
    ...areaPublishViolations(content, false),
  ];
  if (content.displayNameType === 'alternativeName') {
    found.push(...requiredText('alternativeName', content.alternativeName, lang, 'Alternative name (the display name)'));
  }
  if (content.type === 'Municipality' && content.municipalityCode === undefined) {
    found.push(violation('municipalityCode', 'required', 'A Municipality organization names its municipality (municipalityCode).'));
  }
  return found;
}
