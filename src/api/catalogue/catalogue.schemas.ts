/** Schemas shared by the catalogue routes (organizations, services, channels). */
import { Type } from 'typebox';

export const Languages = Type.Array(Type.Union(['fi', 'sv', 'en', 'se', 'smn', 'sms'].map((l) => Type.Literal(l))), {
  minItems: 1,
  uniqueItems: true,
  description: 'Language versions, e.g. ["fi", "sv"].',
});

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid', description: 'Kuvaa id (UUID).' }) });
export const SourceParams = Type.Object({ sourceId: Type.String({ minLength: 1, maxLength: 200, description: "The client's own id for the content." }) });

export const IfMatch = Type.Object(
  { 'if-match': Type.Optional(Type.String({ description: 'The ETag (versionTag) you read; required on writes to existing content.' })) },
);

const At = Type.Optional(Type.String({ format: 'date-time', description: 'Do it at this future minute instead of now (seconds are dropped). Answers 202 with the schedule.' }));

export const PublishBody = Type.Object(
  { languages: { ...Languages, description: 'Language versions to publish; each is checked and every blocking reason is reported.' }, at: At },
  { additionalProperties: false },
);

export const LanguagesBody = Type.Object(
  { languages: Type.Optional({ ...Languages, description: 'Language versions; all when omitted.' }) },
  { additionalProperties: false },
);

export const ArchiveBody = Type.Object(
  { languages: Type.Optional({ ...Languages, description: 'Language versions to archive; the whole entity when omitted.' }), at: At },
  { additionalProperties: false },
);

export const Scheduled = Type.Object(
  {
    id: Type.String({ description: 'Id of the scheduled action.' }),
    action: Type.String({ description: 'publish or archive.' }),
    languages: Type.Array(Type.String(), { description: 'Languages; empty = the whole entity.' }),
    dueAt: Type.String({ format: 'date-time', description: 'The minute it runs.' }),
  },
  { description: 'An action scheduled for a future minute.' },
);

export const CopyBody = Type.Object(
  { organizationId: Type.String({ format: 'uuid', description: 'Organization that gets the copy.' }) },
  { additionalProperties: false },
);

const listFilters = {
  organization: Type.Optional(Type.String({ format: 'uuid', description: 'Only content of this organization and its sub-organizations.' })),
  language: Type.Optional(Type.String({ pattern: '^(fi|sv|en|se|smn|sms)$', description: 'Only content published in this language.' })),
  after: Type.Optional(Type.String({ format: 'uuid', description: 'Cursor: the `next` value of the previous page.' })),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'Page size (at most 500).' }),
};

const areaFilters = {
  municipality: Type.Optional(Type.String({ pattern: '^[0-9]{3}$', description: 'Only content whose area covers this municipality (code); nationwide content included unless includeNationwide=false.' })),
  wellbeingServicesCounty: Type.Optional(Type.String({ pattern: '^[0-9]{2}$', description: 'Only content whose area covers a municipality of this wellbeing services county (code).' })),
  includeNationwide: Type.Optional(Type.Boolean({ default: true, description: 'With an area filter: include nationwide content.' })),
};

export const ListQuery = Type.Object(listFilters, { additionalProperties: false });

export const ServiceListQuery = Type.Object(
  {
    ...listFilters,
    ...areaFilters,
    serviceClass: Type.Optional(Type.String({ pattern: '^P[0-9]+(\\.[0-9]+)?$', description: 'Only services of this service class; a main class includes its sub classes.' })),
    targetGroup: Type.Optional(Type.String({ pattern: '^KR[0-9]+(\\.[0-9]+)?$', description: 'Only services for this target group; a main group includes its sub-groups.' })),
  },
  { additionalProperties: false },
);

export const ChannelListQuery = Type.Object(
  {
    ...listFilters,
    ...areaFilters,
    type: Type.Optional(Type.Union(['EChannel', 'WebPage', 'PrintableForm', 'Phone', 'ServiceLocation'].map((t) => Type.Literal(t)), { description: 'Only channels of this type.' })),
  },
  { additionalProperties: false },
);

export const OwnerView = Type.Object(
  {
    id: Type.String({ description: 'Kuvaa id.' }),
    kind: Type.String({ description: 'organization, service or channel.' }),
    channelType: Type.Union([Type.String(), Type.Null()], { description: 'Channel type (channels only).' }),
    organizationId: Type.Union([Type.String(), Type.Null()], { description: 'Owning organization.' }),
    sourceId: Type.Union([Type.String(), Type.Null()], { description: "The client's own id, if given." }),
    originId: Type.Union([Type.String(), Type.Null()], { description: 'The content this was copied from.' }),
    status: Type.String({ description: 'Overall status: draft, published, modified or archived.' }),
    languageStatus: Type.Record(Type.String(), Type.String(), { description: 'Status of each language version.' }),
    version: Type.String({ description: 'Version: major.minor; publishing makes the next major version.' }),
    versionTag: Type.String({ description: 'Send this in If-Match when you write (also the ETag header).' }),
    createdAt: Type.String({ format: 'date-time', description: 'Created.' }),
    createdBy: Type.String({ description: 'Who created it.' }),
    modifiedAt: Type.String({ format: 'date-time', description: 'Last change.' }),
    modifiedBy: Type.String({ description: 'Who changed it last.' }),
    publishedAt: Type.Union([Type.String(), Type.Null()], { description: 'Last publish.' }),
    archivedAt: Type.Union([Type.String(), Type.Null()], { description: 'When archived.' }),
    checkedAt: Type.Union([Type.String(), Type.Null()], { description: 'When an editor last confirmed the content still valid (resets the not-updated clock like a change does).' }),
    checkedBy: Type.Union([Type.String(), Type.Null()], { description: 'Who confirmed it still valid.' }),
    content: Type.Object({}, { additionalProperties: true, description: 'The working copy (drafts included).' }),
    scheduled: Type.Array(
      Type.Object({
        id: Type.String({ description: 'Id of the scheduled action.' }),
        action: Type.String({ description: 'publish or archive.' }),
        languages: Type.Array(Type.String(), { description: 'Languages; empty = the whole entity.' }),
        dueAt: Type.String({ format: 'date-time', description: 'The minute it runs.' }),
      }),
      { description: 'Publishing and archiving scheduled for a future minute.' },
    ),
  },
  { description: 'The owner view: the working copy with statuses and the version tag.' },
);

export const HistoryList = Type.Array(
  Type.Object({
    version: Type.String({ description: 'Version after the operation.' }),
    major: Type.Integer({ description: 'Major version.' }),
    minor: Type.Integer({ description: 'Minor version.' }),
    operation: Type.String({ description: 'create, update, publish, withdraw, archive, restore.' }),
    languages: Type.Array(Type.String(), { description: 'Languages concerned.' }),
    changedFields: Type.Array(Type.String(), { description: 'Top-level fields that changed.' }),
    languageStatus: Type.Record(Type.String(), Type.String(), { description: 'Statuses after the operation.' }),
    at: Type.String({ format: 'date-time', description: 'When.' }),
    actor: Type.String({ description: 'Who: user or API client.' }),
  }),
  { description: 'Versions, newest first.' },
);

export const PublicEntity = Type.Object({}, { additionalProperties: true, description: 'Published content: only published language versions.' });
export const PublicPage = Type.Object({
  items: Type.Array(PublicEntity, { description: 'This page.' }),
  next: Type.Union([Type.String(), Type.Null()], { description: 'Cursor of the next page (pass as `after`), null at the end.' }),
});

const HierarchyNode = Type.Object(
  {
    id: Type.String({ description: 'Organization id.' }),
    name: Type.Object({}, { additionalProperties: true, description: 'Name per published language.' }),
    children: Type.Array(Type.Object({}, { additionalProperties: true, description: 'A sub-organization with its own children.' }), { description: 'Published sub-organizations.' }),
  },
  { description: 'An organization in the hierarchy.' },
);

export const Hierarchy = Type.Object({
  parents: Type.Array(
    Type.Object({ id: Type.String({ description: 'Organization id.' }), name: Type.Object({}, { additionalProperties: true, description: 'Name per published language.' }) }),
    { description: 'Parent organizations from the top down.' },
  ),
  organization: HierarchyNode,
});
