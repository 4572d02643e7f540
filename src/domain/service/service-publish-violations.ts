/** What publishing one language version of a service requires. */
import type { LanguageCode } from '../../shared/language.ts';
import type { CodeLookup } from '../codelist/lookup.ts';
import { areaPublishViolations } from '../common/area-rules.ts';
import { publishLanguageViolations } from '../common/list-rules.ts';
import { requiredText, summaryNotName } from '../common/text-rules.ts';
import { eachItem, join, violation, type Violation } from '../common/violation.ts';
import { metadataPublishViolations } from './metadata.ts';
import type { ServiceContent } from './service.schema.ts';

/**
 * Every reason the `lang` version of the service cannot be published: `lang` is one of its
 * languages; name, summary (not equal to the name) and description in `lang`; funding type, area
 * and main responsible organization; legislation and vouchers named and linked in `lang`; the
 * classification rules of metadataPublishViolations. Checks in addition to validateService,
 * whose violations also block publishing.
 */
export function servicePublishViolations(content: ServiceContent, lang: LanguageCode, lookup: CodeLookup): Violation[] {
  return [
    ...publishLanguageViolations(content.languages, lang),
    ...requiredText('name', content.name, lang, 'Name'),
    ...requiredText('summary', content.summary, lang, 'Summary'),
    ...summaryNotName(content.name, content.summary, lang),
    ...requiredText('description', content.description, lang, 'Description'),
    ...requiredSettings(content),
    ...areaPublishViolations(content, true),
    ...eachItem('legislation', content.legislation, (law, path) => [
      ...requiredText(join(path, 'name'), law.name, lang, 'Legislation name'),
      ...requiredText(join(path, 'url'), law.url, lang, 'Legislation address'),
    ]),
    ...eachItem('vouchers', content.vouchers, (voucher, path) => requiredText(join(path, 'name'), voucher.name, lang, 'Voucher name')),
    ...metadataPublishViolations(content, lookup),
  ];
}

function requiredSettings(content: ServiceContent): Violation[] {
  const found: Violation[] = [];
  if (content.fundingType === undefined) {
    found.push(violation('fundingType', 'required', 'Funding type is required: Public, or Private (also for services of associations).'));
  }
  if (content.mainResponsibleOrganizationId === undefined) {
    found.push(violation('mainResponsibleOrganizationId', 'required', 'The main responsible organization is required.'));
  }
  return found;
}
