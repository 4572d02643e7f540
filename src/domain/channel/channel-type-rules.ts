/** Draft rules specific to each channel type; validateChannel dispatches to them. */
import type { CodeLookup } from '../codelist/lookup.ts';
import { addressListsViolations, postalAddressViolations, streetAddressViolations } from '../common/address-rules.ts';
import { accessibilityViolations, contactListsViolations, localizedUrlViolations, urlViolations } from '../common/contact-rules.ts';
import { LIMITS, localizedMaxLength, maxLength } from '../common/text-rules.ts';
import { eachItem, join, violation, type Violation } from '../common/violation.ts';
import type {
  Attachment,
  DeliveryAddress,
  ElectronicChannel,
  Entrance,
  PrintableFormChannel,
  ServiceLocationAddress,
  ServiceLocationChannel,
} from './channel.schema.ts';

/** Attachment names, descriptions and addresses. */
export function attachmentViolations(attachment: Attachment, path: string): Violation[] {
  return [
    ...maxLength(join(path, 'name'), attachment.name, LIMITS.name, 'Attachment name'),
    ...maxLength(join(path, 'description'), attachment.description, LIMITS.shortText, 'Attachment description'),
    ...urlViolations(join(path, 'url'), attachment.url, 'Attachment address'),
  ];
}

/** Online service address, signature count, attachments and accessibility statement. */
export function electronicChannelViolations(channel: ElectronicChannel): Violation[] {
  const found = [
    ...localizedUrlViolations('url', channel.url, 'Online service address'),
    ...eachItem('attachments', channel.attachments, attachmentViolations),
    ...accessibilityViolations(channel.accessibility, 'accessibility'),
  ];
  if (channel.signatureCount !== undefined) {
    if (channel.requiresSignature !== true) {
      found.push(violation('signatureCount', 'notAllowed', 'Signature count is given only when requiresSignature is true.'));
    } else if (channel.signatureCount < 1) {
      found.push(violation('signatureCount', 'outOfRange', 'Signature count must be at least 1.'));
    }
  }
  return found;
}

/** Form identifier, file addresses, delivery address and attachments. */
export function printableFormViolations(channel: PrintableFormChannel, lookup: CodeLookup): Violation[] {
  return [
    ...localizedMaxLength('formIdentifier', channel.formIdentifier, LIMITS.name, 'Form identifier'),
    ...eachItem('formFiles', channel.formFiles, (file, path) => localizedUrlViolations(join(path, 'url'), file.url, 'Form file address')),
    ...deliveryAddressViolations(channel.deliveryAddress, lookup),
    ...eachItem('attachments', channel.attachments, attachmentViolations),
  ];
}

function deliveryAddressViolations(delivery: DeliveryAddress | undefined, lookup: CodeLookup): Violation[] {
  if (!delivery) return [];
  const found = [
    ...localizedMaxLength('deliveryAddress.receiver', delivery.receiver, LIMITS.name, 'Receiver'),
    ...localizedMaxLength('deliveryAddress.text', delivery.text, LIMITS.shortText, 'Delivery address text'),
  ];
  if (delivery.address) found.push(...postalAddressViolations(delivery.address, 'deliveryAddress.address', lookup));
  if (delivery.address && delivery.text) {
    found.push(violation('deliveryAddress', 'addressOrText', 'A delivery address is either a postal address or a text, not both.'));
  }
  return found;
}

/** Visiting addresses with their entrances, postal addresses, phones and e-mails. */
export function serviceLocationViolations(channel: ServiceLocationChannel, lookup: CodeLookup): Violation[] {
  return [
    ...eachItem('visitingAddresses', channel.visitingAddresses, (address, path) => visitingAddressViolations(address, path, lookup)),
    ...addressListsViolations({ postalAddresses: channel.postalAddresses }, lookup),
    ...contactListsViolations({ phones: channel.phones, emails: channel.emails }),
  ];
}

function visitingAddressViolations(address: ServiceLocationAddress, path: string, lookup: CodeLookup): Violation[] {
  return [...streetAddressViolations(address, path, lookup), ...eachItem(join(path, 'entrances'), address.entrances, entranceViolations)];
}

function entranceViolations(entrance: Entrance, path: string): Violation[] {
  return [
    ...localizedMaxLength(join(path, 'name'), entrance.name, LIMITS.name, 'Entrance name'),
    ...eachItem(join(path, 'accessibilitySentences'), entrance.accessibilitySentences, (sentence, p) =>
      localizedMaxLength(p, sentence, LIMITS.additionalInfo, 'Accessibility sentence'),
    ),
  ];
}
