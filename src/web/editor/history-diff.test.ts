import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connectionOf, contentChanges, describeHistory, referencedCodes, shorten, type NameOf, type VersionInput } from './history-diff.ts';

const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const CHANNEL = '33333333-3333-4333-8333-333333333333';

const NAMES: Record<string, string> = {
  'serviceClass:P1.1': 'Asuminen',
  'serviceClass:P27.4': 'Liikunta',
  'targetGroup:KR1.2': 'Lapset',
  'ontologyTerm:p13050': 'kerhot',
  'Municipality:638': 'Porvoo',
  [`content:${ORG}`]: 'Massayhdistys ry',
  [`content:${OTHER}`]: 'Toinen ry',
  [`content:${CHANNEL}`]: 'Koulun liikuntasali',
};
const nameOf: NameOf = (kind, code) => NAMES[`${kind}:${code}`];

const version = (overrides: Partial<VersionInput>): VersionInput => ({
  version: '0.1',
  operation: 'update',
  languages: ['fi'],
  changedFields: [],
  actor: 'Maija',
  at: '2026-06-15T09:00:00.000Z',
  content: {},
  languageStatus: { fi: 'draft' },
  ...overrides,
});

test('short texts show old → new per language; long texts are marked long and kept whole', () => {
  const long = 'Kerho kokoontuu koulun liikuntasalissa. '.repeat(6);
  const changes = contentChanges({ name: { fi: 'Sählykerho', sv: 'Innebandy' }, description: { fi: long } }, { name: { fi: 'Salibandykerho', sv: 'Innebandy' }, description: { fi: `${long} Uusi lause.` } }, 'service', 'fi', nameOf);
  assert.deepEqual(changes[0], { field: 'name', kind: 'text', language: 'fi', before: 'Sählykerho', after: 'Salibandykerho', long: false }, 'the name comes first, Swedish unchanged is not listed');
  assert.equal(changes.length, 2, 'one change per changed language and field');
  const description = changes[1]!;
  assert.ok(description.kind === 'text' && description.long, 'a long description is only marked changed');
  assert.ok(description.kind === 'text' && description.after.endsWith('Uusi lause.'), 'the whole new text is kept for the disclosure');
});

test('a text added in a new language has an empty old value', () => {
  const [change] = contentChanges({ summary: { fi: 'Lapset pelaavat.' } }, { summary: { fi: 'Lapset pelaavat.', sv: 'Barn spelar.' } }, 'service', 'fi', nameOf);
  assert.deepEqual(change, { field: 'summary', kind: 'text', language: 'sv', before: '', after: 'Barn spelar.', long: false }, 'the Swedish summary was added');
});

test('code lists show added and removed items with their names, unknown codes as codes', () => {
  const changes = contentChanges(
    { serviceClasses: ['P1.1'], targetGroups: ['KR1.2'], ontologyTerms: ['p13050'] },
    { serviceClasses: ['P27.4', 'P99.9'], targetGroups: ['KR1.2'], ontologyTerms: [] },
    'service',
    'fi',
    nameOf,
  );
  const classes = changes.find((c) => c.field === 'serviceClasses');
  assert.ok(classes && classes.kind === 'list', 'service classes changed as a list');
  assert.deepEqual(classes.added, [{ code: 'P27.4', name: 'Liikunta' }, { code: 'P99.9' }], 'a known class is named, an unknown one keeps its code');
  assert.deepEqual(classes.removed, [{ code: 'P1.1', name: 'Asuminen' }], 'the removed class is named');
  const terms = changes.find((c) => c.field === 'ontologyTerms');
  assert.ok(terms && terms.kind === 'list' && terms.removed[0]?.name === 'kerhot', 'the removed ontology term is named');
  assert.equal(changes.some((c) => c.field === 'targetGroups'), false, 'unchanged lists are not listed');
});

test('organizations and areas are named; enumerations and booleans get message keys', () => {
  const changes = contentChanges(
    { mainResponsibleOrganizationId: ORG, fundingType: 'Public', areas: [], sharedForAll: true, type: 'Service' },
    { mainResponsibleOrganizationId: OTHER, fundingType: 'Private', areas: [{ type: 'Municipality', code: '638' }], sharedForAll: false, type: 'PermitOrObligation' },
    'service',
    'fi',
    nameOf,
  );
  const byField = new Map(changes.map((c) => [c.field, c]));
  assert.deepEqual(byField.get('mainResponsibleOrganizationId'), { field: 'mainResponsibleOrganizationId', kind: 'value', before: { code: ORG, name: 'Massayhdistys ry' }, after: { code: OTHER, name: 'Toinen ry' } }, 'owners by name');
  assert.deepEqual(byField.get('fundingType'), { field: 'fundingType', kind: 'value', before: { code: 'Public', messageKey: 'fundingType_Public' }, after: { code: 'Private', messageKey: 'fundingType_Private' } }, 'funding type as message keys');
  const areas = byField.get('areas');
  assert.ok(areas?.kind === 'list' && areas.added[0]?.name === 'Porvoo', 'a municipality is named');
  const shared = byField.get('sharedForAll');
  assert.ok(shared?.kind === 'value' && shared.after?.messageKey === 'boolean_false', 'a boolean becomes yes/no');
  const type = byField.get('type');
  assert.ok(type?.kind === 'value' && type.after?.messageKey === 'serviceType_PermitOrObligation', 'the service type uses the service type keys');
});

test('keywords list added and removed words per language; other lists of objects as one-line items', () => {
  const changes = contentChanges(
    { keywords: { fi: ['sähly', 'kerho'] }, phones: [{ prefix: '+358', number: '40 123 4567' }] },
    { keywords: { fi: ['kerho', 'salibandy'] }, phones: [{ prefix: '+358', number: '40 765 4321', additionalInfo: 'Ajanvaraus' }] },
    'channel',
    'fi',
    nameOf,
  );
  assert.deepEqual(changes.find((c) => c.field === 'keywords'), { field: 'keywords', kind: 'list', language: 'fi', added: [{ code: 'salibandy' }], removed: [{ code: 'sähly' }] }, 'keywords per word');
  assert.deepEqual(changes.find((c) => c.field === 'phones'), { field: 'phones', kind: 'list', added: [{ code: '+358 40 765 4321 Ajanvaraus' }], removed: [{ code: '+358 40 123 4567' }] }, 'phone numbers as text');
});

test('shorten cuts long text at a word boundary with an ellipsis', () => {
  assert.equal(shorten('  lyhyt   teksti '), 'lyhyt teksti', 'whitespace collapses');
  const cut = shorten('sana '.repeat(60), 30);
  assert.ok(cut.length <= 30 && cut.endsWith('sana…'), `cut at a word: ${cut}`);
});

test('the history names status changes, connections and repeated connections, newest first', () => {
  const content = { name: { fi: 'Kerho' } };
  const history = describeHistory(
    [
      version({ version: '1.2', operation: `disconnect:${CHANNEL}`, content, languageStatus: { fi: 'published' } }),
      version({ version: '1.1', operation: `connect:${CHANNEL}`, content, languageStatus: { fi: 'published' } }),
      version({ version: '1.0', operation: `connect:${CHANNEL}`, content, languageStatus: { fi: 'published' } }),
      version({ version: '1.0', operation: 'publish', content, languageStatus: { fi: 'published' } }),
      version({ version: '0.1', operation: 'create', content, languageStatus: { fi: 'draft' }, changedFields: ['name'] }),
    ],
    'service',
    'fi',
    nameOf,
  );
  assert.deepEqual(history[0]!.event, { kind: 'disconnect', channel: { code: CHANNEL, name: 'Koulun liikuntasali' } }, 'the removed connection names the channel');
  assert.deepEqual(history[1]!.event, { kind: 'connect', channel: { code: CHANNEL, name: 'Koulun liikuntasali' }, again: true }, 'a second connect changes the details');
  assert.deepEqual(history[2]!.event, { kind: 'connect', channel: { code: CHANNEL, name: 'Koulun liikuntasali' }, again: false }, 'the first connect connects');
  assert.deepEqual(history[3]!.statusChanges, [{ language: 'fi', before: 'draft', after: 'published' }], 'publishing changes the Finnish status');
  assert.deepEqual(history[3]!.changes, [], 'publishing changes no field');
  assert.deepEqual(history[4]!.changes, [], 'creating lists no field changes');
  assert.equal(history[4]!.fieldsOnly, false, 'a creation needs no older version');
});

test('a version whose predecessor was pruned keeps only its changed field names', () => {
  const [only] = describeHistory([version({ operation: 'update', changedFields: ['summary'] })], 'service', 'fi', nameOf);
  assert.equal(only!.fieldsOnly, true, 'nothing to compare with');
  assert.deepEqual(only!.changedFields, ['summary'], 'the field names are kept');
});

test('referenced codes are collected by kind, including producers and connected channels', () => {
  const refs = referencedCodes([
    version({ operation: `connect:${CHANNEL}`, content: { serviceClasses: ['P1.1'], producers: [{ provisionType: 'SelfProduced', organizationIds: [OTHER] }], mainResponsibleOrganizationId: ORG, areas: [{ type: 'Municipality', code: '638' }] } }),
  ]);
  assert.deepEqual([...(refs.get('content') ?? [])].sort(), [ORG, OTHER, CHANNEL].sort(), 'organizations and the channel');
  assert.deepEqual([...(refs.get('serviceClass') ?? [])], ['P1.1'], 'service classes');
  assert.deepEqual([...(refs.get('Municipality') ?? [])], ['638'], 'municipalities');
  assert.equal(connectionOf('update'), undefined, 'an ordinary operation is no connection');
});

test('service hours and producers are summarized with words for their codes and time ranges', () => {
  const words: Record<string, string> = { 'kind:weekly': 'viikoittain', 'weekday:monday': 'Maanantai', 'closed:true': 'Suljettu', 'provisionType:SelfProduced': 'Itse tuotettu' };
  const wordOf = (key: string, value: string) => words[`${key}:${value}`];
  const [hours] = contentChanges(
    { serviceHours: { regular: [{ kind: 'weekly', days: { monday: [{ start: '08:00', end: '16:00' }] } }] } },
    { serviceHours: { regular: [{ kind: 'weekly', days: { monday: [{ start: '09:00', end: '15:00' }] } }], exceptions: [{ from: '2026-06-19', closed: true }] } },
    'channel',
    'fi',
    nameOf,
    wordOf,
  );
  assert.deepEqual(hours, { field: 'serviceHours', kind: 'changed', before: 'viikoittain Maanantai 08:00–16:00', after: 'viikoittain Maanantai 09:00–15:00 2026-06-19 Suljettu' }, 'hours in words');
  const [producers] = contentChanges({ producers: [] }, { producers: [{ provisionType: 'SelfProduced', organizationIds: [ORG] }] }, 'service', 'fi', nameOf, wordOf);
  assert.deepEqual(producers, { field: 'producers', kind: 'list', added: [{ code: 'Itse tuotettu Massayhdistys ry' }], removed: [] }, 'the producer with its way and organization');
});
