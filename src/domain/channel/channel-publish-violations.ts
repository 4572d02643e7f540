/** What publishing one language version of a channel requires. */
import type { LanguageCode } from '../../shared/language.ts';
import type { CodeLookup } from '../codelist/lookup.ts';
import { areaPublishViolations } from '../common/area-rules.ts';
import { accessibilityPublishViolations, forLanguage } from '../common/contact-rules.ts';
import { minItems, publishLanguageViolations } from '../common/list-rules.ts';
import { hasText, languageName, requiredText, summaryNotName } from '../common/text-rules.ts';
import { violation, type Violation } from '../common/violation.ts';
import type { ChannelContent, ElectronicChannel } from './channel.schema.ts';

/**
 * Every reason the `lang` version of the channel cannot be published: `lang` is one of its
 * languages; name and summary (not equal to the name) in `lang`; a limited area names areas; and
 * per type: an online service or web page address in `lang`, a form file in `lang`, a phone
 * number for `lang`, or a visiting address. Checks in addition to validateChannel, whose
 * violations also block publishing.
 */
export function channelPublishViolations(content: ChannelContent, lang: LanguageCode, _lookup: CodeLookup): Violation[] {
  return [
    ...publishLanguageViolations(content.languages, lang),
    ...requiredText('name', content.name, lang, 'Name'),
    ...requiredText('summary', content.summary, lang, 'Summary'),
    ...summaryNotName(content.name, content.summary, lang),
    ...areaPublishViolations(content, false),
    ...typePublishViolations(content, lang),
  ];
}

function typePublishViolations(content: ChannelContent, lang: LanguageCode): Violation[] {
  switch (content.type) {
    case 'EChannel':
      return electronicPublishViolations(content, lang);
    case 'WebPage':
      return [...requiredText('url', content.url, lang, 'Web page address'), ...accessibilityPublishViolations(content.accessibility, 'accessibility', lang)];
    case 'PrintableForm':
      return (content.formFiles ?? []).some((file) => hasText(file.url[lang]))
        ? []
        : [violation('formFiles', 'required', `At least one form file with an address in ${languageName(lang)} is required.`)];
    case 'Phone':
      return (content.phones ?? []).some((phone) => forLanguage(phone, lang))
        ? []
        : [violation('phones', 'required', `At least one phone number for the ${languageName(lang)} version is required.`)];
    case 'ServiceLocation':
      return minItems('visitingAddresses', content.visitingAddresses, 1, 'visiting address');
  }
}

function electronicPublishViolations(content: ElectronicChannel, lang: LanguageCode): Violation[] {
  const found = [
    ...requiredText('url', content.url, lang, 'Online service address'),
    ...accessibilityPublishViolations(content.accessibility, 'accessibility', lang),
  ];
  if (content.requiresSignature === true && content.signatureCount === undefined) {
    found.push(violation('signatureCount', 'required', 'Signature count is required when the service requires a signature.'));
  }
  return found;
}
