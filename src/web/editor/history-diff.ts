/**
 * What changed between two versions of a content, in a shape the history page can put into
 * words: texts per language (short ones old → new, long ones only "changed" with both in full),
 * lists as added and removed items named from the code lists and the catalogue, single values
 * old → new, status changes per language and connections to channels. Pure: the names come in
 * through `NameOf`, so the page and the tests need no database.
 */
import { changedFields } from '../../domain/publishing/lifecycle.ts';

/** What a code refers to, for looking up its name. */
export type RefKind = 'serviceClass' | 'targetGroup' | 'lifeEvent' | 'industrialClass' | 'ontologyTerm' | 'content' | 'Municipality' | 'Region' | 'WellbeingServicesCounty' | 'BusinessRegion';

/** The name of a code in the UI language, undefined when unknown (the page then shows the code). */
export type NameOf = (kind: RefKind, code: string) => string | undefined;

/**
 * A word for a value inside a list item or object (`provisionType`/`SelfProduced`, `weekday`/`monday`,
 * `closed`/`true`), in the UI language; undefined leaves the value as it is.
 */
export type WordOf = (key: string, value: string) => string | undefined;
const noWords: WordOf = () => undefined;

/**
 * One value as the page shows it: a name when one was found, else a message key to translate
 * (`messageKey`, e.g. `fundingType_Private`) or the code itself.
 */
export interface ShownValue {
  code: string;
  name?: string;
  messageKey?: string;
}

export type FieldChange =
  | { field: string; kind: 'text'; language: string; before: string; after: string; long: boolean }
  | { field: string; kind: 'list'; language?: string; added: ShownValue[]; removed: ShownValue[] }
  | { field: string; kind: 'value'; before: ShownValue | null; after: ShownValue | null }
  | { field: string; kind: 'changed'; before: string; after: string };

export type VersionEvent =
  | { kind: 'operation'; operation: string }
  /** `again`: the channel was already connected, so its connection details changed. */
  | { kind: 'connect'; channel: ShownValue; again: boolean }
  | { kind: 'disconnect'; channel: ShownValue };

export interface VersionInput {
  version: string;
  operation: string;
  languages: string[];
  changedFields: string[];
  actor: string;
  at: string;
  content: Record<string, unknown>;
  languageStatus: Record<string, string>;
}

export interface VersionDiff {
  version: string;
  actor: string;
  at: string;
  languages: string[];
  event: VersionEvent;
  /** Language versions whose status this version changed (draft → published …). */
  statusChanges: { language: string; before: string | null; after: string | null }[];
  changes: FieldChange[];
  /** True when the previous version is no longer kept: only the names of the changed fields are known. */
  fieldsOnly: boolean;
  changedFields: string[];
}

/** Texts longer than this are shown as "changed" with the old and new text behind a disclosure. */
export const LONG_TEXT = 160;
/** Short texts are cut to this many characters. */
export const SHORT_TEXT = 120;

type EntityKind = 'service' | 'channel' | 'organization';

const CODE_LISTS: Record<string, RefKind> = {
  serviceClasses: 'serviceClass',
  targetGroups: 'targetGroup',
  lifeEvents: 'lifeEvent',
  industrialClasses: 'industrialClass',
  ontologyTerms: 'ontologyTerm',
  otherResponsibleOrganizationIds: 'content',
};
const REFERENCES: Record<string, RefKind> = { mainResponsibleOrganizationId: 'content', organizationId: 'content', parentOrganizationId: 'content' };
const ENUMS: Record<string, string> = { fundingType: 'fundingType', chargeType: 'chargeType', areaType: 'areaType' };
const TYPE_PREFIX: Record<EntityKind, string> = { service: 'serviceType', organization: 'organizationType', channel: 'channel' };

/** Fields in the order of the forms; anything else follows alphabetically. */
const FIELD_ORDER = ['languages', 'name', 'alternativeName', 'summary', 'description', 'userInstructions', 'requirements', 'type', 'fundingType', 'chargeType', 'chargeInfo', 'mainResponsibleOrganizationId', 'organizationId', 'parentOrganizationId', 'otherResponsibleOrganizationIds', 'producers', 'areaType', 'areas', 'targetGroups', 'serviceClasses', 'ontologyTerms', 'keywords', 'lifeEvents', 'industrialClasses'];
const orderOf = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);

const LANGUAGE_KEYS = new Set(['fi', 'sv', 'en', 'se', 'smn', 'sms']);
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isLocalized = (value: unknown): value is Record<string, unknown> => isObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => LANGUAGE_KEYS.has(key));

/** Whitespace collapsed and cut at a word boundary to `max` characters, with an ellipsis. */
export function shorten(text: string, max = SHORT_TEXT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * A one-line description of any value (an address, a phone number, a producer, service hours …):
 * its texts and codes in order, texts in `language` when a value has several languages, codes as
 * words where `wordOf` knows them, time ranges as 08:00–16:00. Unknown flags are left out.
 */
export function summarize(value: unknown, language: string, nameOf: NameOf, wordOf: WordOf = noWords, key = ''): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return wordOf(key, value) ?? nameOf('content', value) ?? value;
  if (typeof value === 'boolean') return wordOf(key, String(value)) ?? '';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => summarize(item, language, nameOf, wordOf, key)).filter(Boolean).join(', ');
  if (isLocalized(value)) return summarize(value[language] ?? value.fi ?? Object.values(value)[0], language, nameOf, wordOf, key);
  const object = value as Record<string, unknown>;
  if (typeof object.start === 'string' && typeof object.end === 'string') return `${object.start}–${object.end}`;
  return Object.entries(object)
    .filter(([field]) => field !== 'lang' && field !== 'coordinates')
    .map(([field, item]) => {
      const text = summarize(item, language, nameOf, wordOf, field);
      return text && WEEKDAYS.has(field) ? `${wordOf('weekday', field) ?? field} ${text}` : text;
    })
    .filter(Boolean)
    .join(' ');
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function shown(code: string, kind: RefKind | undefined, nameOf: NameOf, messagePrefix?: string): ShownValue {
  const name = kind ? nameOf(kind, code) : undefined;
  if (name) return { code, name };
  return messagePrefix ? { code, messageKey: `${messagePrefix}_${code}` } : { code };
}

function listChange(field: string, before: unknown[], after: unknown[], toShown: (value: unknown) => ShownValue, language?: string): FieldChange | undefined {
  const key = (value: unknown) => JSON.stringify(value);
  const old = new Set(before.map(key));
  const next = new Set(after.map(key));
  const added = after.filter((value) => !old.has(key(value))).map(toShown);
  const removed = before.filter((value) => !next.has(key(value))).map(toShown);
  if (added.length === 0 && removed.length === 0) return undefined;
  return { field, kind: 'list', ...(language ? { language } : {}), added, removed };
}

/** The changes of one top-level field; several for texts (one per language). */
export function fieldChanges(field: string, before: unknown, after: unknown, entityKind: EntityKind, language: string, nameOf: NameOf, wordOf: WordOf = noWords): FieldChange[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const array = (value: unknown) => (Array.isArray(value) ? value : []);
  if (CODE_LISTS[field] || field === 'languages') {
    const kind = CODE_LISTS[field];
    const change = listChange(field, array(before), array(after), (code) => shown(String(code), kind, nameOf, field === 'languages' ? 'contentLanguage' : undefined));
    return change ? [change] : [];
  }
  if (field === 'areas') {
    const toShown = (area: unknown) => {
      const { type, code } = (area ?? {}) as { type?: string; code?: string };
      return shown(String(code), type as RefKind, nameOf);
    };
    const change = listChange(field, array(before), array(after), toShown);
    return change ? [change] : [];
  }
  if (REFERENCES[field] || ENUMS[field] || field === 'type' || typeof before === 'boolean' || typeof after === 'boolean' || typeof before === 'number' || typeof after === 'number') {
    const prefix = field === 'type' ? TYPE_PREFIX[entityKind] : ENUMS[field] ?? (typeof before === 'boolean' || typeof after === 'boolean' ? 'boolean' : undefined);
    const value = (v: unknown) => (v === undefined || v === null || v === '' ? null : shown(String(v), REFERENCES[field], nameOf, prefix));
    return [{ field, kind: 'value', before: value(before), after: value(after) }];
  }
  if (isLocalized(before) || isLocalized(after)) return localizedChanges(field, isObject(before) ? before : {}, isObject(after) ? after : {}, language, nameOf, wordOf);
  if (Array.isArray(before) || Array.isArray(after)) {
    const toShown = (item: unknown) => ({ code: shorten(summarize(item, language, nameOf, wordOf, field)) });
    const change = listChange(field, array(before), array(after), toShown);
    if (change) return [change];
  }
  return [{ field, kind: 'changed', before: summarize(before, language, nameOf, wordOf, field), after: summarize(after, language, nameOf, wordOf, field) }];
}

function localizedChanges(field: string, before: Record<string, unknown>, after: Record<string, unknown>, uiLanguage: string, nameOf: NameOf, wordOf: WordOf): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const language of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
    const old = before[language];
    const next = after[language];
    if (JSON.stringify(old) === JSON.stringify(next)) continue;
    if (Array.isArray(old) || Array.isArray(next)) {
      // free keywords: a list per language
      const change = listChange(field, Array.isArray(old) ? old : [], Array.isArray(next) ? next : [], (word) => ({ code: String(word) }), language);
      if (change) changes.push(change);
      continue;
    }
    const oldText = summarize(old, uiLanguage, nameOf, wordOf, field);
    const newText = summarize(next, uiLanguage, nameOf, wordOf, field);
    const long = oldText.length > LONG_TEXT || newText.length > LONG_TEXT;
    changes.push({ field, kind: 'text', language, before: long ? oldText : shorten(oldText), after: long ? newText : shorten(newText), long });
  }
  return changes;
}

/** Every change between two contents, fields in the order of the forms. */
export function contentChanges(before: Record<string, unknown>, after: Record<string, unknown>, entityKind: EntityKind, language: string, nameOf: NameOf, wordOf: WordOf = noWords): FieldChange[] {
  return changedFields(before, after)
    .sort((a, b) => orderOf(a) - orderOf(b) || a.localeCompare(b))
    .flatMap((field) => fieldChanges(field, before[field], after[field], entityKind, language, nameOf, wordOf));
}

/** The channel of a `connect:<id>` or `disconnect:<id>` operation. */
export function connectionOf(operation: string): { kind: 'connect' | 'disconnect'; channelId: string } | undefined {
  const match = /^(connect|disconnect):(.+)$/.exec(operation);
  return match ? { kind: match[1] as 'connect' | 'disconnect', channelId: match[2]! } : undefined;
}

function statusChanges(before: Record<string, string> | undefined, after: Record<string, string>) {
  if (!before) return [];
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((language) => before[language] !== after[language])
    .map((language) => ({ language, before: before[language] ?? null, after: after[language] ?? null }));
}

/**
 * The history in words, newest first as given. The oldest version given is compared with nothing
 * unless it created the content: when older versions were pruned, only its changed field names
 * are known (`fieldsOnly`).
 */
export function describeHistory(versions: VersionInput[], entityKind: EntityKind, language: string, nameOf: NameOf, wordOf: WordOf = noWords): VersionDiff[] {
  // connections are replayed oldest first to tell a new connection from changed connection details
  const connected = new Set<string>();
  const again = new Map<number, boolean>();
  for (let i = versions.length - 1; i >= 0; i--) {
    const connection = connectionOf(versions[i]!.operation);
    if (!connection) continue;
    again.set(i, connection.kind === 'connect' && connected.has(connection.channelId));
    if (connection.kind === 'connect') connected.add(connection.channelId);
    else connected.delete(connection.channelId);
  }
  return versions.map((version, i) => {
    const previous = versions[i + 1];
    const created = version.operation === 'create' || version.operation === 'copy';
    const connection = connectionOf(version.operation);
    const channel = connection && shown(connection.channelId, 'content', nameOf);
    const event: VersionEvent = connection && channel ? (connection.kind === 'connect' ? { kind: 'connect', channel, again: again.get(i) ?? false } : { kind: 'disconnect', channel }) : { kind: 'operation', operation: version.operation };
    return {
      version: version.version,
      actor: version.actor,
      at: version.at,
      languages: version.languages,
      event,
      statusChanges: created ? [] : statusChanges(previous?.languageStatus, version.languageStatus),
      changes: previous && !created ? contentChanges(previous.content, version.content, entityKind, language, nameOf, wordOf) : [],
      fieldsOnly: !previous && !created && !connection,
      changedFields: connection ? [] : version.changedFields,
    };
  });
}

/** The codes the history mentions, by kind, so their names can be looked up in one go. */
export function referencedCodes(versions: VersionInput[]): Map<RefKind, Set<string>> {
  const out = new Map<RefKind, Set<string>>();
  const add = (kind: RefKind, code: unknown) => {
    if (typeof code !== 'string' || !code) return;
    if (!out.has(kind)) out.set(kind, new Set());
    out.get(kind)!.add(code);
  };
  for (const version of versions) {
    const content = version.content ?? {};
    for (const [field, kind] of Object.entries(CODE_LISTS)) for (const code of Array.isArray(content[field]) ? (content[field] as unknown[]) : []) add(kind, code);
    for (const [field, kind] of Object.entries(REFERENCES)) add(kind, content[field]);
    for (const area of Array.isArray(content.areas) ? (content.areas as { type?: string; code?: string }[]) : []) add(area.type as RefKind, area.code);
    for (const producer of Array.isArray(content.producers) ? (content.producers as { organizationIds?: string[] }[]) : []) for (const id of producer.organizationIds ?? []) add('content', id);
    const connection = connectionOf(version.operation);
    if (connection) add('content', connection.channelId);
  }
  return out;
}
