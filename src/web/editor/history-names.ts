/**
 * The history tab's data, and the names (in the UI language) of the codes and contents a history
 * mentions: one lookup per kind for the codes actually referenced, so a history of a hundred
 * versions costs a handful of reads.
 */
import type { Context } from '../../actions/context.ts';
import { contentNames } from '../../actions/catalogue/overview.ts';
import { areas, classificationTree, industrialClassChoices, municipalities, ontologyLabels } from '../../actions/code-lists/read-code-lists.ts';
import { ysoId } from '../../domain/codelist/lookup.ts';
import { textIn, type UiLanguage } from '../../shared/language.ts';
import { channelConnectionHistory, entityHistoryContents, HISTORY_LIMIT } from '../../actions/catalogue/read-entities.ts';
import { describeHistory, referencedCodes, type NameOf, type RefKind, type WordOf } from './history-diff.ts';
import { isMessageKey, translator, type MessageKey, type Translate } from '../i18n.ts';

type Named = { code: string; name: unknown; children?: Named[] };

function flatten(nodes: Named[], out: Named[] = []): Named[] {
  for (const node of nodes) {
    out.push(node);
    flatten(node.children ?? [], out);
  }
  return out;
}

const CLASSIFICATIONS = { serviceClass: 'service-classes', targetGroup: 'target-groups', lifeEvent: 'life-events' } as const;
const AREAS = { Region: 'region', WellbeingServicesCounty: 'wellbeingServicesCounty', BusinessRegion: 'businessRegion' } as const;

/** A name lookup for the referenced codes; codes not found stay unnamed (the page shows the code). */
export async function historyNames(ctx: Context, refs: Map<RefKind, Set<string>>, language: UiLanguage): Promise<NameOf> {
  const names = new Map<string, string>();
  const put = (kind: RefKind, code: string, name: unknown) => {
    const text = textIn(name as Record<string, string> | undefined, language);
    if (text) names.set(`${kind}:${code}`, text);
  };
  const wanted = (kind: RefKind) => refs.get(kind) ?? new Set<string>();
  for (const [kind, list] of Object.entries(CLASSIFICATIONS) as [keyof typeof CLASSIFICATIONS, (typeof CLASSIFICATIONS)[keyof typeof CLASSIFICATIONS]][]) {
    if (wanted(kind).size === 0) continue;
    for (const item of flatten((await classificationTree(ctx, list)) as unknown as Named[])) if (wanted(kind).has(item.code)) put(kind, item.code, item.name);
  }
  for (const [kind, type] of Object.entries(AREAS) as [keyof typeof AREAS, (typeof AREAS)[keyof typeof AREAS]][]) {
    if (wanted(kind).size === 0) continue;
    for (const area of await areas(ctx, type)) if (wanted(kind).has(area.code)) put(kind, area.code, area.name);
  }
  if (wanted('Municipality').size) for (const m of await municipalities(ctx, true)) if (wanted('Municipality').has(m.code)) put('Municipality', m.code, m.name);
  const terms = [...wanted('ontologyTerm')];
  if (terms.length) {
    const labels = new Map((await ontologyLabels(ctx, terms)).map((term) => [term.id, term.label]));
    for (const code of terms) put('ontologyTerm', code, labels.get(ysoId(code) ?? code));
  }
  // industrial classes (TOL 2008, for services to businesses): the level services are tagged with
  if (wanted('industrialClass').size) for (const item of await industrialClassChoices(ctx)) if (wanted('industrialClass').has(item.code)) put('industrialClass', item.code, item.name);
  const contents = await contentNames(ctx, [...wanted('content')], language);
  for (const [id, name] of contents) if (name) names.set(`content:${id}`, name);
  return (kind, code) => names.get(`${kind}:${code}`);
}

/** Message-key prefixes of code values inside list items and objects (producers, phones, service hours …). */
const WORD_PREFIXES: Record<string, string> = { provisionType: 'provision', chargeType: 'chargeType', kind: 'hoursKind', weekday: 'weekday', compliance: 'compliance' };

/** Words for the codes inside list items and objects, from the UI's own labels. */
export function historyWords(t: Translate): WordOf {
  return (key, value) => {
    if (key === 'closed') return value === 'true' ? t('hoursClosed') : undefined;
    const messageKey = WORD_PREFIXES[key] ? `${WORD_PREFIXES[key]}_${value}` : '';
    return messageKey && isMessageKey(messageKey) ? t(messageKey as MessageKey) : undefined;
  };
}

/** The history tab's data: the versions in words and, for a channel, the services connected to it over time. */
export async function historyPageData(ctx: Context, kind: 'service' | 'channel' | 'organization', id: string, language: UiLanguage) {
  const { versions, more, schedules } = await entityHistoryContents(ctx, kind, id);
  const events = kind === 'channel' ? await channelConnectionHistory(ctx, id) : undefined;
  const refs = referencedCodes(versions);
  for (const event of events ?? []) (refs.get('content') ?? refs.set('content', new Set()).get('content')!).add(event.serviceId);
  const nameOf = await historyNames(ctx, refs, language);
  const described = describeHistory(versions, kind, language, nameOf, historyWords(translator(language)));
  return {
    versions: more ? described.slice(0, HISTORY_LIMIT) : described,
    more,
    schedules,
    connections: events?.map((event) => ({ ...event, serviceName: nameOf('content', event.serviceId) ?? '' })),
  };
}
