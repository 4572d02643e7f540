/** Builders of the demo's channels, one per channel type, and of their service hours. */
import type { ChannelContent, Entrance } from '../../domain/channel/channel.schema.ts';
import type { Phone } from '../../domain/common/contact.schema.ts';
import type { Coordinates } from '../../domain/common/address.schema.ts';
import type { ServiceHours, Weekday } from '../../domain/service-hours/service-hours.ts';
import type { LocalizedText } from '../../shared/language.ts';
import { channelId, organizationId, type DemoState } from './demo-model.ts';
import { DEMO_LANGUAGES, fsv } from './demo-text.ts';

export interface DemoChannelSpec {
  key: string;
  id: string;
  content: ChannelContent;
  state: DemoState;
}

/** Name and summary of a channel, and its owner organization (by key). */
export interface ChannelBase {
  key: string;
  owner: string;
  name: LocalizedText;
  summary: LocalizedText;
  description?: LocalizedText;
  state?: DemoState;
}

/** `https://host/fi/path`, `…/sv/path`, `…/en/path`. */
export function urls(host: string, path: string): LocalizedText {
  return Object.fromEntries(DEMO_LANGUAGES.map((lang) => [lang, `https://${host}/${lang}${path ? `/${path}` : ''}`]));
}

const accessibility = (host: string) => ({ compliance: 'PartiallyCompliant' as const, wcagLevel: 'AA' as const, statementUrl: urls(host, 'accessibility') });

function spec(base: ChannelBase, content: Record<string, unknown>): DemoChannelSpec {
  const common = {
    organizationId: organizationId(base.owner),
    languages: DEMO_LANGUAGES,
    name: base.name,
    summary: base.summary,
    ...(base.description ? { description: base.description } : {}),
  };
  return { key: base.key, id: channelId(base.key), state: base.state ?? 'published', content: { ...common, ...content } as ChannelContent };
}

export const webPage = (base: ChannelBase, host: string, path = '') => spec(base, { type: 'WebPage', url: urls(host, path), accessibility: accessibility(host) });

export function eService(base: ChannelBase, host: string, path: string, authenticated: boolean): DemoChannelSpec {
  const signature = authenticated ? { requiresSignature: true, signatureCount: 1 } : { requiresSignature: false };
  return spec(base, { type: 'EChannel', url: urls(host, path), requiresAuthentication: authenticated, ...signature, accessibility: accessibility(host) });
}

export function printableForm(base: ChannelBase, host: string, form: string, receiver: LocalizedText): DemoChannelSpec {
  return spec(base, {
    type: 'PrintableForm',
    formIdentifier: fsv(form, form, form),
    formFiles: [{ type: 'PDF', url: urls(host, `forms/${form.toLowerCase()}.pdf`) }],
    deliveryAddress: { receiver, address: { postOfficeBox: fsv('PL 23', 'PB 23', 'P.O. Box 23'), postalCode: '06101' } },
  });
}

export const phoneChannel = (base: ChannelBase, phones: Phone[], serviceHours: ServiceHours) => spec(base, { type: 'Phone', phones, serviceHours });

/** A phone number for each language, with what the call costs said in that language. */
export function localCallNumbers(fi: string, sv: string, en: string): Phone[] {
  const cost = fsv('Puhelun hinta liittymäsopimuksen mukaan.', 'Samtalet kostar enligt abonnemanget.', 'Calls are charged at your operator’s rate.');
  return ([['fi', fi], ['sv', sv], ['en', en]] as const).map(([lang, number]) => ({ prefix: '+358', number, chargeType: 'Charged', chargeDescription: cost[lang], lang }));
}

export interface Place {
  street: LocalizedText;
  streetNumber: string;
  postalCode: string;
  coordinates: Coordinates;
  entrances?: Entrance[];
}

export function serviceLocation(base: ChannelBase, place: Place, serviceHours: ServiceHours, extra: Record<string, unknown> = {}): DemoChannelSpec {
  return spec(base, { type: 'ServiceLocation', visitingAddresses: [place], serviceHours, ...extra });
}

/** An accessible main entrance. */
export function mainEntrance(name: LocalizedText, ...sentences: LocalizedText[]): Entrance[] {
  return [{ name, isMain: true, accessibilitySentences: sentences }];
}

type Day = Weekday;
const WEEKDAYS: Day[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/** Closed on the main public holidays. */
const CLOSED_ON = ['MaundyThursday', 'GoodFriday', 'EasterMonday', 'MayDay', 'MidsummerEve', 'IndependenceDay', 'ChristmasEve', 'ChristmasDay', 'SecondDayOfChristmas', 'NewYearDay'];
export const HOLIDAYS_CLOSED = CLOSED_ON.map((holiday) => ({ holiday, closed: true }));

/** Open `start`–`end` on the given days (Monday to Friday by default), closed on holidays. */
export function weekly(start: string, end: string, days: Day[] = WEEKDAYS, more: Partial<Record<Day, { start: string; end: string }[]>> = {}): ServiceHours {
  const week = Object.fromEntries(days.map((day) => [day, [{ start, end }]]));
  return { regular: [{ kind: 'weekly', days: { ...week, ...more } }], holidays: HOLIDAYS_CLOSED };
}
