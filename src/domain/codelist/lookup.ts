/**
 * What the domain rules need to know about the loaded code lists, as a synchronous interface so
 * the rules stay pure. The server builds one from the database (all sets are small enough to hold
 * in memory, the ontology ids included); tests build one from a few codes.
 */

/** Kinds of area a limited area may name (PTV area types, with wellbeing services counties). */
export const AREA_KINDS = ['Municipality', 'Region', 'WellbeingServicesCounty', 'BusinessRegion'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export interface CodeLookup {
  /** True when the target group code (e.g. `KR1.2`) exists. */
  hasTargetGroup(code: string): boolean;
  /** Parent code of a target sub-group (`KR1.2` → `KR1`); undefined for a main group or unknown code. */
  targetGroupParent(code: string): string | undefined;
  /** True when the service class code (e.g. `P1.2`) exists. */
  hasServiceClass(code: string): boolean;
  /** 1 for a main class, 2 for a sub class, undefined for an unknown code. */
  serviceClassLevel(code: string): number | undefined;
  /** True when the YSO concept exists; accepts a local id (`p13050`) or a URI. */
  hasOntologyTerm(idOrUri: string): boolean;
  /** True when the life event code (e.g. `KE4.1`) exists. */
  hasLifeEvent(code: string): boolean;
  /** True when the TOL 2008 code (e.g. `86210`) exists. */
  hasIndustrialClass(code: string): boolean;
  /** True when the municipality code (e.g. `091`) exists and is valid. */
  hasMunicipality(code: string): boolean;
  /** True when an area of that kind has the code. */
  hasArea(kind: AreaKind, code: string): boolean;
  /** Main municipality of a postal code, or undefined when the postal code does not exist. */
  postalCodeMunicipality(postalCode: string): string | undefined;
  /** True when the holiday code (e.g. `ChristmasEve`) exists. */
  hasHoliday(code: string): boolean;
}

/** An item of a two-level classification; `parentCode` null or absent for a main item. */
export interface ClassificationItem {
  code: string;
  parentCode?: string | null;
}

/** Plain sets a lookup is built from; a missing set counts as empty. */
export interface CodeLookupData {
  targetGroups?: readonly ClassificationItem[];
  serviceClasses?: readonly ClassificationItem[];
  /** YSO local ids (`p13050`) or URIs. */
  ontologyTerms?: readonly string[];
  lifeEvents?: readonly string[];
  industrialClasses?: readonly string[];
  municipalities?: readonly string[];
  /** Area codes by kind; municipalities given above also count as `Municipality` areas. */
  areas?: Partial<Record<AreaKind, readonly string[]>>;
  postalCodes?: readonly { code: string; municipality: string }[];
  holidays?: readonly string[];
}

const YSO_ID = /^p\d+$/;
const YSO_URI = /^https?:\/\/www\.yso\.fi\/onto\/yso\/(p\d+)$/;

/**
 * The YSO local id of an ontology term given as an id (`p13050`) or a YSO URI
 * (`http://www.yso.fi/onto/yso/p13050`); undefined for anything else.
 */
export function ysoId(idOrUri: string): string | undefined {
  if (YSO_ID.test(idOrUri)) return idOrUri;
  return YSO_URI.exec(idOrUri)?.[1];
}

/** Builds a CodeLookup over in-memory sets (for tests, and for the server after loading the lists). */
export function inMemoryCodeLookup(data: CodeLookupData): CodeLookup {
  const targetGroups = parents(data.targetGroups);
  const serviceClasses = parents(data.serviceClasses);
  const ontology = new Set((data.ontologyTerms ?? []).map((term) => ysoId(term) ?? term));
  const lifeEvents = new Set(data.lifeEvents);
  const industrialClasses = new Set(data.industrialClasses);
  const municipalities = new Set(data.municipalities);
  const areas = new Map<AreaKind, Set<string>>(AREA_KINDS.map((kind) => [kind, new Set(data.areas?.[kind])]));
  for (const code of municipalities) areas.get('Municipality')!.add(code);
  const postalCodes = new Map((data.postalCodes ?? []).map((row) => [row.code, row.municipality]));
  const holidays = new Set(data.holidays);
  return {
    hasTargetGroup: (code) => targetGroups.has(code),
    targetGroupParent: (code) => targetGroups.get(code) ?? undefined,
    hasServiceClass: (code) => serviceClasses.has(code),
    serviceClassLevel: (code) => (serviceClasses.has(code) ? (serviceClasses.get(code) ? 2 : 1) : undefined),
    hasOntologyTerm: (idOrUri) => ontology.has(ysoId(idOrUri) ?? idOrUri),
    hasLifeEvent: (code) => lifeEvents.has(code),
    hasIndustrialClass: (code) => industrialClasses.has(code),
    hasMunicipality: (code) => municipalities.has(code),
    hasArea: (kind, code) => areas.get(kind)?.has(code) ?? false,
    postalCodeMunicipality: (postalCode) => postalCodes.get(postalCode),
    hasHoliday: (code) => holidays.has(code),
  };
}

function parents(items: readonly ClassificationItem[] | undefined): Map<string, string | null> {
  return new Map((items ?? []).map((item) => [item.code, item.parentCode ?? null]));
}
