/**
 * PTV general descriptions (pohjakuvaukset) as the demo's service texts: read from the sample
 * copied into `data/samples/` (see data/NOTICE.md) and turned into service content that meets
 * Kuvaa's rules: texts cut to their limits, codes kept only when the loaded code lists have them.
 */
import fs from 'node:fs';
import type { CodeLookup } from '../../domain/codelist/lookup.ts';
import { MAX_ONTOLOGY_TERMS, MAX_SERVICE_CLASSES } from '../../domain/service/metadata.ts';
import type { Legislation, ServiceContent } from '../../domain/service/service.schema.ts';
import { BUSINESSES, CITIZENS, hasTargetGroup } from '../../domain/service/target-groups.ts';
import { LIMITS } from '../../domain/common/text-rules.ts';
import type { LocalizedText } from '../../shared/language.ts';
import { DEMO_LANGUAGES, mapText, oneLine, paragraphs, truncate } from './demo-text.ts';

const SAMPLE_FILE = new URL('../../../data/samples/ptv-general-descriptions-demo.json', import.meta.url);

type Text = LocalizedText | null | undefined;
interface Code {
  code: string | null;
}

/** One record of the sample, with the fields the demo uses. */
export interface GeneralDescription {
  id: string;
  serviceType: string;
  chargeType?: string | null;
  name: LocalizedText;
  shortDescription?: Text;
  description?: Text;
  backgroundDescription?: Text;
  userInstructions?: Text;
  serviceRestrictions?: Text;
  chargeTypeAdditionalInfo?: Text;
  laws?: { name: LocalizedText; url: LocalizedText }[] | null;
  serviceClasses?: Code[] | null;
  targetGroups?: Code[] | null;
  lifeEvents?: Code[] | null;
  industrialClasses?: Code[] | null;
  ontologyTerms?: { yso: string | null; ysoByLabelMatch?: string | null }[] | null;
}

let cache: Map<string, GeneralDescription> | undefined;

/** The general descriptions of the sample by id (read once). */
export function generalDescriptions(): Map<string, GeneralDescription> {
  if (!cache) {
    const file = JSON.parse(fs.readFileSync(SAMPLE_FILE, 'utf8')) as { items: GeneralDescription[] };
    cache = new Map(file.items.map((item) => [item.id, item]));
  }
  return cache;
}

const SERVICE_TYPES: Record<string, ServiceContent['type']> = {
  Service: 'Service',
  PermissionAndObligation: 'PermitOrObligation',
  ProfessionalQualifications: 'ProfessionalQualification',
};

/** Texts, type and classification of a service from a general description; the caller adds organization, area and funding. */
export function serviceFromGeneralDescription(gd: GeneralDescription, lookup: CodeLookup): ServiceContent {
  const name = mapText(gd.name, (t) => truncate(oneLine(t), LIMITS.name))!;
  const summary = summaryOf(gd, name);
  const description = mapText({ ...gd.backgroundDescription, ...gd.description }, (t) => truncate(paragraphs(t), LIMITS.description));
  const content: ServiceContent = {
    type: SERVICE_TYPES[gd.serviceType] ?? 'Service',
    // the languages with every text that publishing needs
    languages: DEMO_LANGUAGES.filter((lang) => name[lang] && summary?.[lang] && description?.[lang]),
    name,
    summary,
    description,
    userInstructions: mapText(gd.userInstructions, (t) => truncate(paragraphs(t), LIMITS.userInstructions)),
    requirements: mapText(gd.serviceRestrictions, (t) => truncate(paragraphs(t), LIMITS.requirements)),
    chargeInfo: mapText(gd.chargeTypeAdditionalInfo, (t) => truncate(paragraphs(t), LIMITS.chargeInfo)),
    ...(gd.chargeType === 'Free' || gd.chargeType === 'Charged' ? { chargeType: gd.chargeType } : {}),
    legislation: legislationOf(gd),
    ...classificationOf(gd, lookup),
  };
  return withoutEmpty(content);
}

/**
 * The short description within 150 characters; when it must be cut mid-sentence, the description's
 * opening if that ends at a sentence; never the name itself.
 */
function summaryOf(gd: GeneralDescription, name: LocalizedText): LocalizedText | undefined {
  const result: LocalizedText = {};
  for (const lang of DEMO_LANGUAGES) {
    const candidates = [gd.shortDescription?.[lang], gd.description?.[lang] ?? gd.backgroundDescription?.[lang]]
      .filter((text): text is string => !!text?.trim())
      .map((text) => truncate(oneLine(text), LIMITS.summary))
      .filter((summary) => summary.toLocaleLowerCase() !== name[lang]?.toLocaleLowerCase());
    const summary = candidates.find((text) => !text.endsWith('…')) ?? candidates[0];
    if (summary) result[lang] = summary;
  }
  return Object.keys(result).length ? result : undefined;
}

/**
 * Acts as in the sample. Most have Finnish and Swedish only: a language without its own name or
 * address gets the Finnish one, so the act can be published in every language.
 */
function legislationOf(gd: GeneralDescription): Legislation[] | undefined {
  const laws = (gd.laws ?? []).filter((law) => law.name.fi && law.url.fi);
  if (laws.length === 0) return undefined;
  const fill = (text: LocalizedText): LocalizedText => Object.fromEntries(DEMO_LANGUAGES.map((lang) => [lang, text[lang] ?? text.fi]));
  return laws.map((law) => ({ name: fill(law.name), url: fill(law.url) }));
}

const codes = (list: Code[] | null | undefined) => [...new Set((list ?? []).map((item) => item.code).filter((code): code is string => !!code))];

/**
 * Classification codes found in the loaded code lists. The 2017 sample sometimes names the main
 * target group Businesses (KR2) alone, which Kuvaa does not accept: a bare KR2 is dropped. Life
 * events stay only with Citizens, industrial classes only with Businesses.
 */
function classificationOf(gd: GeneralDescription, lookup: CodeLookup): Partial<ServiceContent> {
  let targetGroups = codes(gd.targetGroups).filter((c) => lookup.hasTargetGroup(c));
  if (!targetGroups.some((c) => lookup.targetGroupParent(c) === BUSINESSES)) targetGroups = targetGroups.filter((c) => c !== BUSINESSES);
  const ontologyTerms = (gd.ontologyTerms ?? []).map((term) => term.yso ?? term.ysoByLabelMatch).filter((uri): uri is string => !!uri && lookup.hasOntologyTerm(uri));
  return {
    targetGroups,
    serviceClasses: codes(gd.serviceClasses).filter((c) => lookup.hasServiceClass(c)).slice(0, MAX_SERVICE_CLASSES),
    ontologyTerms: [...new Set(ontologyTerms.map((uri) => uri.slice(uri.lastIndexOf('/') + 1)))].slice(0, MAX_ONTOLOGY_TERMS),
    lifeEvents: hasTargetGroup(targetGroups, CITIZENS, lookup) ? codes(gd.lifeEvents).filter((c) => lookup.hasLifeEvent(c)) : [],
    industrialClasses: hasTargetGroup(targetGroups, BUSINESSES, lookup) ? codes(gd.industrialClasses).filter((c) => lookup.hasIndustrialClass(c)) : [],
  };
}

/** The content without undefined fields and empty lists, so it reads as an editor would have saved it. */
function withoutEmpty(content: ServiceContent): ServiceContent {
  return Object.fromEntries(Object.entries(content).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))) as ServiceContent;
}
