/** Rules every channel must meet, even as a draft. */
import type { CodeLookup } from '../codelist/lookup.ts';
import { areaViolations } from '../common/area-rules.ts';
import { accessibilityViolations, contactListsViolations, emailViolations, localizedUrlViolations, phoneViolations, webPageViolations } from '../common/contact-rules.ts';
import { languagesViolations } from '../common/list-rules.ts';
import { LIMITS, localizedMaxLength, requiredInSomeLanguage } from '../common/text-rules.ts';
import { eachItem, type Violation } from '../common/violation.ts';
import { serviceHoursViolations } from '../service-hours/validate-service-hours.ts';
import type { ChannelContent } from './channel.schema.ts';
import { electronicChannelViolations, printableFormViolations, serviceLocationViolations } from './channel-type-rules.ts';

/**
 * Every violation of the rules that hold for any saved channel: text lengths, areas, support
 * contacts, service hours (under `serviceHours`), and per type the formats of addresses, phone
 * numbers, files and attachments.
 */
export function validateChannel(content: ChannelContent, lookup: CodeLookup): Violation[] {
  return [...commonChannelViolations(content, lookup), ...typeViolations(content, lookup)];
}

function commonChannelViolations(content: ChannelContent, lookup: CodeLookup): Violation[] {
  return [
    ...languagesViolations(content.languages),
    ...requiredInSomeLanguage('name', content.name, content.languages, 'Name'),
    ...localizedMaxLength('name', content.name, LIMITS.name, 'Name'),
    ...localizedMaxLength('summary', content.summary, LIMITS.summary, 'Summary'),
    ...localizedMaxLength('description', content.description, LIMITS.description, 'Description'),
    ...areaViolations(content, lookup),
    ...eachItem('supportPhones', content.supportPhones, phoneViolations),
    ...eachItem('supportEmails', content.supportEmails, emailViolations),
    ...eachItem('webPages', content.webPages, webPageViolations),
    ...serviceHoursViolations(content.serviceHours, lookup),
  ];
}

function typeViolations(content: ChannelContent, lookup: CodeLookup): Violation[] {
  switch (content.type) {
    case 'EChannel':
      return electronicChannelViolations(content);
    case 'WebPage':
      return [...localizedUrlViolations('url', content.url, 'Web page address'), ...accessibilityViolations(content.accessibility, 'accessibility')];
    case 'PrintableForm':
      return printableFormViolations(content, lookup);
    case 'Phone':
      return contactListsViolations({ phones: content.phones });
    case 'ServiceLocation':
      return serviceLocationViolations(content, lookup);
  }
}
