/**
 * Synthetic catalogue for the search benchmark (content deterministic for a seed, ids random):
 * organizations, services built from the sample texts (names as given, with a municipality or an
 * audience, or an association's own topic; descriptions mixed from two samples), real service
 * classes, target groups, YSO terms (a few used by thousands of services, most by a handful) and
 * municipalities, and channels of every type, the service locations spread around 24 towns.
 * Each entity comes with its index document, built by the real searchDocument().
 */
import crypto from 'node:crypto';
import { searchDocument, type SearchDocument } from '../src/domain/search/search-document.ts';
import { areaTokensOf, LANGS, type CodeData, type Lang, type Template, type Town, type Trio } from './search-data.ts';

export interface GeneratedEntity {
  id: string;
  kind: 'organization' | 'service' | 'channel';
  channelType: string | null;
  organizationId: string | null;
  languages: Lang[];
  content: Record<string, unknown>;
  document: SearchDocument;
  areaTokens: string[];
}

export interface Organization {
  id: string;
  municipality: string | null;
}

const tri = (fi: string, sv: string, en: string): Trio => ({ fi, sv, en });

const AUDIENCES: Trio[] = [
  tri('lapsiperheille', 'för barnfamiljer', 'for families with children'), tri('nuorille', 'för unga', 'for young people'),
  tri('ikäihmisille', 'för äldre', 'for older people'), tri('maahanmuuttajille', 'för invandrare', 'for immigrants'),
  tri('omaishoitajille', 'för närståendevårdare', 'for family carers'), tri('työnhakijoille', 'för arbetssökande', 'for jobseekers'),
  tri('opiskelijoille', 'för studerande', 'for students'), tri('yrittäjille', 'för företagare', 'for entrepreneurs'),
];
const TOPICS: Trio[] = [
  tri('Vertaistukiryhmä', 'Kamratstödsgrupp', 'Peer support group'), tri('Perhekahvila', 'Familjecafé', 'Family café'),
  tri('Liikuntakerho', 'Motionsklubb', 'Exercise club'), tri('Läksyapu', 'Läxhjälp', 'Homework help'),
  tri('Ruoka-apu', 'Mathjälp', 'Food aid'), tri('Ystävätoiminta', 'Vänverksamhet', 'Befriending service'),
  tri('Kielikahvila', 'Språkcafé', 'Language café'), tri('Digituki', 'Digistöd', 'Digital support'),
  tri('Muistineuvonta', 'Minnesrådgivning', 'Memory counselling'), tri('Velkaneuvonta', 'Skuldrådgivning', 'Debt counselling'),
];
const PLACES: Trio[] = [
  tri('Terveysasema', 'Hälsostation', 'Health station'), tri('Kirjasto', 'Bibliotek', 'Library'), tri('Nuorisotila', 'Ungdomsgård', 'Youth centre'),
  tri('Koulu', 'Skola', 'School'), tri('Uimahalli', 'Simhall', 'Swimming hall'), tri('Neuvola', 'Rådgivningsbyrå', 'Child health clinic'),
  tri('Palvelupiste', 'Servicepunkt', 'Service point'), tri('Liikuntahalli', 'Idrottshall', 'Sports hall'), tri('Päiväkoti', 'Daghem', 'Day-care centre'),
  tri('Järjestötalo', 'Organisationshus', 'Association house'), tri('Hammashoitola', 'Tandklinik', 'Dental clinic'), tri('Seurakuntatalo', 'Församlingshem', 'Parish hall'),
];
const DISTRICTS: Trio[] = [
  tri('Keskusta', 'Centrum', 'Centre'), tri('Asema', 'Stationen', 'Station'), tri('Itä', 'Öster', 'East'), tri('Länsi', 'Väster', 'West'),
  tri('Pohjoinen', 'Norr', 'North'), tri('Etelä', 'Söder', 'South'), tri('Ranta', 'Stranden', 'Waterfront'), tri('Kirkonkylä', 'Kyrkbyn', 'Church village'),
];
const STREETS: [string, string][] = [
  ['Koulukatu', 'Skolgatan'], ['Kirkkokatu', 'Kyrkogatan'], ['Rantatie', 'Strandvägen'], ['Asemakatu', 'Stationsgatan'],
  ['Keskuskatu', 'Centralgatan'], ['Puistotie', 'Parkvägen'], ['Myllytie', 'Kvarnvägen'], ['Torikatu', 'Torggatan'],
];
const CHANNEL_SUFFIX: Record<string, Trio> = {
  WebPage: tri('verkkosivu', 'webbplats', 'website'), EChannel: tri('verkkoasiointi', 'e-tjänst', 'online service'),
  Phone: tri('puhelinpalvelu', 'telefontjänst', 'phone service'), PrintableForm: tri('hakemuslomake', 'ansökningsblankett', 'application form'),
};
const CHANNEL_TYPES = ['ServiceLocation', 'ServiceLocation', 'ServiceLocation', 'ServiceLocation', 'WebPage', 'WebPage', 'EChannel', 'EChannel', 'Phone', 'PrintableForm'];

export type Random = () => number;
export const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;
const weighted = <T extends { weight: number }>(items: T[], random: Random): T => {
  let r = random() * items.reduce((sum, i) => sum + i.weight, 0);
  for (const item of items) if ((r -= item.weight) < 0) return item;
  return items[items.length - 1]!;
};
/** Skewed index: a few items very often, most rarely (of 6,000, the first gets 5.5% of the draws, the last 500 together 2.8%). */
const skewed = (length: number, random: Random) => Math.min(length - 1, Math.floor(length * random() ** 3));
const firstSentence = (text: string | undefined) => (text ?? '').split(/(?<=[.!?])\s/)[0] ?? '';
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The languages of an entity: always Finnish; Swedish and English as often as in PTV, when the text has them. */
function languagesOf(random: Random, has: (lang: Lang) => boolean): Lang[] {
  return LANGS.filter((lang) => lang === 'fi' || (has(lang) && random() < (lang === 'sv' ? 0.65 : 0.5)));
}

function entity(kind: GeneratedEntity['kind'], channelType: string | null, organizationId: string | null, content: Record<string, unknown>, data: CodeData, tokens: string[]): GeneratedEntity {
  const languages = content.languages as Lang[];
  const document = searchDocument(kind, content, languages, data.labels);
  return { id: crypto.randomUUID(), kind, channelType, organizationId, languages, content, document: kind === 'channel' ? { ...document, subType: channelType } : document, areaTokens: tokens };
}

/** Municipal organizations of the first `count` municipalities and associations. */
export function generateOrganizations(data: CodeData, count: number, random: Random): { organizations: Organization[]; entities: GeneratedEntity[] } {
  const entities: GeneratedEntity[] = [];
  const organizations: Organization[] = [];
  for (let i = 0; i < count; i++) {
    const m = i % 2 === 0 ? data.municipalities[(i / 2) % data.municipalities.length]! : undefined;
    const topic = pick(TOPICS, random);
    const name = m ? tri(`${m.name.fi}n kunta`, `${m.name.sv} kommun`, `Municipality of ${m.name.fi}`) : tri(`${topic.fi}yhdistys ${i} ry`, `Föreningen ${topic.sv} ${i} rf`, `${topic.en} Association ${i}`);
    const content = { type: m ? 'Municipality' : 'Organization', languages: ['fi', 'sv', 'en'], name, summary: tri(`${name.fi} palvelee asukkaita.`, `${name.sv} betjänar invånarna.`, `${name.en} serves the residents.`) };
    const row = entity('organization', null, null, content, data, m ? areaTokensOf(data, false, [m.code]) : []);
    entities.push(row);
    organizations.push({ id: row.id, municipality: m?.code ?? null });
  }
  return { organizations, entities };
}

function serviceTexts(i: number, template: Template, other: Template, place: Trio, random: Random) {
  const audience = pick(AUDIENCES, random);
  const topic = pick(TOPICS, random);
  const variant = i % 10;
  const name = (lang: Lang) => {
    const base = template.name[lang] ?? '';
    if (variant < 4) return base;
    if (variant < 7) return cut(`${base}, ${place[lang]}`, 100);
    if (variant < 8) return cut(`${base} ${audience[lang]}`, 100);
    return `${topic[lang]} ${audience[lang]}, ${place[lang]}`;
  };
  const area = tri(`Palvelualue: ${place.fi}.`, `Serviceområde: ${place.sv}.`, `Service area: ${place.en}.`);
  const description = (lang: Lang) => cut([template.description[lang], firstSentence(other.description[lang]), area[lang]].filter(Boolean).join(' '), 2500);
  return { name, summary: (lang: Lang) => template.summary[lang] ?? '', description };
}

/** A published service from the sample texts, varied. */
export function generateService(i: number, data: CodeData, organizations: Organization[], random: Random): GeneratedEntity {
  const template = data.templates[i % data.templates.length]!;
  const other = pick(data.templates, random);
  const nationwide = random() < 0.08;
  const home = random() < 0.6 ? weighted(data.towns, random) : pick(data.municipalities, random);
  const codes = [home.code, ...(random() < 0.2 ? [pick(data.municipalities, random).code] : [])];
  const texts = serviceTexts(i, template, other, nationwide ? tri('koko Suomi', 'hela Finland', 'all of Finland') : home.name, random);
  const languages = languagesOf(random, (lang) => !!template.name[lang] && !!template.summary[lang] && !!template.description[lang]);
  const byLang = (f: (lang: Lang) => string) => Object.fromEntries(languages.map((lang) => [lang, f(lang)]));
  const local = organizations.find((o) => o.municipality === home.code);
  const owner = local && random() < 0.7 ? local : pick(organizations, random);
  const extraTerms = Array.from({ length: 1 + Math.floor(random() * 3) }, () => data.terms[skewed(data.terms.length, random)]!.id);
  const content = {
    type: template.type,
    fundingType: random() < 0.7 ? 'Public' : 'Private',
    chargeType: random() < 0.6 ? 'Free' : 'Charged',
    languages,
    name: byLang(texts.name),
    summary: byLang(texts.summary),
    description: byLang(texts.description),
    areaType: nationwide ? 'Nationwide' : 'LimitedType',
    areas: nationwide ? [] : codes.map((code) => ({ type: 'Municipality', code })),
    mainResponsibleOrganizationId: owner.id,
    otherResponsibleOrganizationIds: [],
    producers: [{ provisionType: 'SelfProduced', organizationIds: [owner.id] }],
    targetGroups: template.targetGroups,
    serviceClasses: random() < 0.3 ? [...new Set([...template.serviceClasses, pick(data.serviceClasses, random)])] : template.serviceClasses,
    ontologyTerms: [...new Set([...template.ontologyTerms, ...extraTerms])],
  };
  return entity('service', null, owner.id, content, data, areaTokensOf(data, nationwide, codes));
}

function channelDetails(type: string, i: number, town: Town, random: Random, name: Trio): Record<string, unknown> {
  const phone = { prefix: '+358', number: `${1 + Math.floor(random() * 9)}0 ${String(100_000 + i).slice(-6)}`, lang: 'fi' };
  const host = `palvelu${i}.example.fi`;
  const url = { fi: `https://${host}/fi`, sv: `https://${host}/sv`, en: `https://${host}/en` };
  if (type === 'ServiceLocation') {
    const [fi, sv] = pick(STREETS, random);
    const coordinates = { lat: town.lat + (random() - 0.5) * 0.24, lon: town.lon + (random() - 0.5) * 0.5 };
    const address = { street: { fi, sv, en: fi }, streetNumber: String(1 + Math.floor(random() * 80)), postalCode: pick(town.postalCodes, random), municipalityCode: town.code, coordinates };
    return { visitingAddresses: [address], phones: [phone], emails: [{ email: `paikka${i}@example.fi` }] };
  }
  if (type === 'Phone') return { phones: [phone] };
  if (type === 'PrintableForm') return { formIdentifier: { fi: `L${i}` }, deliveryAddress: { receiver: name, address: { postOfficeBox: { fi: `PL ${i % 900}` }, postalCode: pick(town.postalCodes, random), municipalityCode: town.code } } };
  return { url };
}

/** A published channel: service locations around the towns, the other types named after a sample service. */
export function generateChannel(i: number, data: CodeData, organizations: Organization[], random: Random): GeneratedEntity {
  const type = CHANNEL_TYPES[i % CHANNEL_TYPES.length]!;
  const template = pick(data.templates, random);
  const place = pick(PLACES, random);
  const district = pick(DISTRICTS, random);
  const suffix = CHANNEL_SUFFIX[type];
  const town = weighted(data.towns, random);
  const name: Trio = suffix
    ? tri(cut(`${template.name.fi}: ${suffix.fi}`, 100), cut(`${template.name.sv ?? template.name.fi}: ${suffix.sv}`, 100), cut(`${template.name.en ?? template.name.fi}: ${suffix.en}`, 100))
    : tri(`${place.fi} ${town.name.fi} ${district.fi}`, `${place.sv} ${town.name.sv} ${district.sv}`, `${place.en} ${town.name.en} ${district.en}`);
  const extra = channelDetails(type, i, town, random, name);
  const languages = languagesOf(random, () => true);
  const summary = tri(cut(template.summary.fi ?? '', 150), cut(template.summary.sv ?? template.summary.fi ?? '', 150), cut(template.summary.en ?? template.summary.fi ?? '', 150));
  const description = tri(firstSentence(template.description.fi), firstSentence(template.description.sv ?? template.description.fi), firstSentence(template.description.en ?? template.description.fi));
  const byLang = (text: Trio) => Object.fromEntries(languages.map((lang) => [lang, text[lang]]));
  const owner = organizations.find((o) => o.municipality === town.code) ?? pick(organizations, random);
  const content = { type, organizationId: owner.id, languages, name: byLang(name), summary: byLang(summary), description: byLang(description), ...extra };
  return entity('channel', type, owner.id, content, data, areaTokensOf(data, false, [town.code]));
}
