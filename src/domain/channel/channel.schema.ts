/**
 * What a client sends to create or replace a channel (asiointikanava): one schema per channel
 * type, told apart by `type`. Ids, versions and status are managed elsewhere.
 */
import { Type, type Static } from 'typebox';
import { PostalAddress, addressLists, streetAddressProperties } from '../common/address.schema.ts';
import { areaProperties } from '../common/area.schema.ts';
import { serviceHoursProperty } from '../service-hours/service-hours.schema.ts';
import { Accessibility, Email, Phone, WebPage, contactLists, languageOf } from '../common/contact.schema.ts';
import { languageList, localizedText } from '../common/localized-text.schema.ts';

const common = {
  organizationId: Type.String({ format: 'uuid', description: 'Id of the organization that owns and maintains the channel.' }),
  languages: languageList('Language versions of the channel description, e.g. `["fi", "sv"]`.'),
  name: localizedText('Name of the channel (at most 100 characters).'),
  summary: Type.Optional(localizedText('Short description (at most 150 characters), not repeating the name.')),
  description: Type.Optional(localizedText('Description (at most 2,500 characters).')),
  ...areaProperties,
  supportPhones: Type.Optional(Type.Array(Phone, { description: 'Phone numbers for help with the channel.' })),
  supportEmails: Type.Optional(Type.Array(Email, { description: 'E-mail addresses for help with the channel.' })),
  webPages: Type.Optional(Type.Array(WebPage, { description: 'Web pages about the channel.' })),
  serviceHours: serviceHoursProperty,
  sharedForAll: Type.Optional(
    Type.Boolean({ default: true, description: 'True (the default) lets any organization connect the channel to its services; false keeps it to the owner organization.' }),
  ),
};

export const Attachment = Type.Object(
  {
    name: Type.String({ description: 'Name of the attachment or form (at most 100 characters).' }),
    url: Type.String({ description: 'Address of the document.' }),
    description: Type.Optional(Type.String({ description: 'What the attachment is (at most 150 characters).' })),
    lang: languageOf('attachment'),
  },
  { additionalProperties: false, description: 'A document that goes with the channel, in one language.' },
);
export type Attachment = Static<typeof Attachment>;

const attachments = Type.Optional(Type.Array(Attachment, { description: 'Attachments and instructions.' }));

export const ElectronicChannel = Type.Object(
  {
    type: Type.Literal('EChannel', { description: 'Electronic channel (verkkoasiointi): an online service where the customer does business.' }),
    ...common,
    url: Type.Optional(localizedText('Address of the online service, per language.')),
    requiresAuthentication: Type.Optional(Type.Boolean({ description: 'True when the customer must identify (e.g. Suomi.fi e-Identification).' })),
    requiresSignature: Type.Optional(Type.Boolean({ description: 'True when the transaction needs an electronic signature.' })),
    signatureCount: Type.Optional(Type.Integer({ description: 'How many signatures are needed, when `requiresSignature`.' })),
    attachments,
    accessibility: Type.Optional(Accessibility),
  },
  { additionalProperties: false, description: 'An electronic channel.' },
);

export const WebPageChannel = Type.Object(
  {
    type: Type.Literal('WebPage', { description: 'Web page channel (verkkosivu): a page with information, no transaction.' }),
    ...common,
    url: Type.Optional(localizedText('Address of the page, per language.')),
    accessibility: Type.Optional(Accessibility),
  },
  { additionalProperties: false, description: 'A web page channel.' },
);

export const FormFile = Type.Object(
  {
    type: Type.Enum(['PDF', 'DOC', 'Excel', 'RTF', 'ODT', 'Other'], { description: 'File format of the form.' }),
    url: localizedText('Address of the file, per language.'),
  },
  { additionalProperties: false, description: 'A downloadable form file.' },
);
export type FormFile = Static<typeof FormFile>;

export const DeliveryAddress = Type.Object(
  {
    receiver: Type.Optional(localizedText('Receiver, e.g. a unit.')),
    address: Type.Optional(PostalAddress),
    text: Type.Optional(localizedText('The delivery address as free text, when it is not a postal address (at most 150 characters).')),
  },
  { additionalProperties: false, description: 'Where the filled-in form is delivered: a postal address or a text.' },
);
export type DeliveryAddress = Static<typeof DeliveryAddress>;

export const PrintableFormChannel = Type.Object(
  {
    type: Type.Literal('PrintableForm', { description: 'Printable form (tulostettava lomake): filled in and delivered on paper.' }),
    ...common,
    formIdentifier: Type.Optional(localizedText('Identifier of the form, e.g. `{"fi": "Y3"}` (at most 100 characters).')),
    formFiles: Type.Optional(Type.Array(FormFile, { description: 'The form files by format.' })),
    deliveryAddress: Type.Optional(DeliveryAddress),
    attachments,
  },
  { additionalProperties: false, description: 'A printable form channel.' },
);

export const PhoneChannel = Type.Object(
  {
    type: Type.Literal('Phone', { description: 'Phone channel (puhelinasiointi): service by phone.' }),
    ...common,
    phones: Type.Optional(Type.Array(Phone, { description: 'The service numbers; at least one per published language.' })),
  },
  { additionalProperties: false, description: 'A phone channel.' },
);

export const Entrance = Type.Object(
  {
    name: Type.Optional(localizedText('Name of the entrance, e.g. "Main entrance".')),
    isMain: Type.Optional(Type.Boolean({ description: 'True for the main entrance.' })),
    accessibilitySentences: Type.Optional(
      Type.Array(localizedText('One accessibility fact, e.g. "The entrance has a ramp."'), { description: 'Accessibility of the entrance and the way from it.' }),
    ),
  },
  { additionalProperties: false, description: 'An entrance of a service location with its accessibility information.' },
);
export type Entrance = Static<typeof Entrance>;

export const ServiceLocationAddress = Type.Object(
  { ...streetAddressProperties, entrances: Type.Optional(Type.Array(Entrance, { description: 'Entrances and their accessibility.' })) },
  { additionalProperties: false, description: 'A visiting address of a service location, with its entrances.' },
);
export type ServiceLocationAddress = Static<typeof ServiceLocationAddress>;

export const ServiceLocationChannel = Type.Object(
  {
    type: Type.Literal('ServiceLocation', { description: 'Service location (palvelupaikka): a place customers visit.' }),
    ...common,
    visitingAddresses: Type.Optional(Type.Array(ServiceLocationAddress, { description: 'Visiting addresses; at least one to publish.' })),
    postalAddresses: addressLists.postalAddresses,
    phones: contactLists.phones,
    emails: contactLists.emails,
  },
  { additionalProperties: false, description: 'A service location channel.' },
);

export const ChannelContent = Type.Union([ElectronicChannel, WebPageChannel, PrintableFormChannel, PhoneChannel, ServiceLocationChannel], {
  description: 'A channel: where and how customers use services. `type` tells which kind.',
});
export type ChannelContent = Static<typeof ChannelContent>;
export type ChannelType = ChannelContent['type'];
export type ElectronicChannel = Static<typeof ElectronicChannel>;
export type WebPageChannel = Static<typeof WebPageChannel>;
export type PrintableFormChannel = Static<typeof PrintableFormChannel>;
export type PhoneChannel = Static<typeof PhoneChannel>;
export type ServiceLocationChannel = Static<typeof ServiceLocationChannel>;
