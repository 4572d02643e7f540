/**
 * Read actions of the code-list API. Reads go to the read handle (a replica when configured).
 */
import type { Context } from '../context.ts';
import * as repo from '../../db/repositories/code-lists.repository.ts';
import { CODE_LISTS, type AreaType } from '../../domain/codelist/catalog.ts';
import { buildTree } from '../../domain/codelist/tree.ts';
import { holidayDate, type HolidayRule } from '../../domain/codelist/holidays.ts';
import { NotFoundError } from '../../domain/errors.ts';

/** Every code list in the catalogue with its newest loaded version (undefined if never loaded). */
export async function listCodeLists(ctx: Context) {
  const versions = new Map((await repo.listLatestCodeListVersions(ctx.database.readDb)).map((v) => [v.name, v]));
  return CODE_LISTS.map((info) => ({ ...info, version: versions.get(info.name) }));
}

/** A two-level classification (service classes, target groups, life events) as a tree. */
export async function classificationTree(ctx: Context, kind: 'service-classes' | 'target-groups' | 'life-events') {
  return buildTree(await repo.listClassification(ctx.database.readDb, kind));
}

/**
 * The most specific TOL 2008 classes (level 5, the ones a service is tagged with) with the
 * section (level 1) each belongs to, in code-list order.
 */
export async function industrialClassChoices(ctx: Context) {
  const rows = await repo.listIndustrialClasses(ctx.database.readDb);
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const sectionOf = (row: (typeof rows)[number]): (typeof rows)[number] => {
    const parent = row.parentCode ? byCode.get(row.parentCode) : undefined;
    return parent ? sectionOf(parent) : row;
  };
  const deepest = Math.max(...rows.map((row) => row.level ?? 0));
  return rows.filter((row) => row.level === deepest).map((row) => ({ code: row.code, name: row.name, section: sectionOf(row).code, sectionName: sectionOf(row).name }));
}

/** TOL 2008 classes directly under `parent` (the sections without one). */
export async function industrialClasses(ctx: Context, parent: string | undefined) {
  if (parent !== undefined && !(await repo.findIndustrialClass(ctx.database.readDb, parent))) {
    throw new NotFoundError('industrial class', parent, `Industrial class "${parent}" does not exist`);
  }
  return repo.listIndustrialClassChildren(ctx.database.readDb, parent);
}

export function municipalities(ctx: Context, includeAbolished: boolean) {
  return repo.listMunicipalities(ctx.database.readDb, includeAbolished);
}

export function areas(ctx: Context, type: AreaType) {
  return repo.listAreas(ctx.database.readDb, type);
}

export function postalCodes(ctx: Context, q: string | undefined, municipality: string | undefined, limit: number) {
  return repo.searchPostalCodes(ctx.database.readDb, q, municipality, limit);
}

export async function postalCode(ctx: Context, code: string) {
  const row = await repo.findPostalCode(ctx.database.readDb, code);
  if (!row) throw new NotFoundError('postal code', code, `Postal code "${code}" does not exist`);
  return row;
}

export function languages(ctx: Context, contentOnly: boolean) {
  return repo.listLanguages(ctx.database.readDb, contentOnly);
}

export function countries(ctx: Context) {
  return repo.listCountries(ctx.database.readDb);
}

/** The holidays of `year` with their dates, in date order. */
export async function holidays(ctx: Context, year: number) {
  const rows = await repo.listHolidays(ctx.database.readDb);
  return rows
    .map((row) => ({ code: row.code, name: row.name, valid: row.valid, date: holidayDate(row.rule as HolidayRule, year) }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Enumerations (PTV type tables) grouped by name; PTV-internal tables are left out. */
export async function enums(ctx: Context) {
  const grouped: Record<string, { code: string; name: object }[]> = {};
  for (const row of await repo.listEnumValues(ctx.database.readDb)) {
    (grouped[row.enumName] ??= []).push({ code: row.code, name: row.name });
  }
  return grouped;
}

export function digitalAuthorizations(ctx: Context) {
  return repo.listDigitalAuthorizations(ctx.database.readDb);
}

export function serviceNumbers(ctx: Context) {
  return repo.listServiceNumbers(ctx.database.readDb);
}

export function searchOntologyTerms(ctx: Context, q: string, options: { lang: string; limit: number; includePlaces: boolean }) {
  return repo.searchOntologyTerms(ctx.database.readDb, q, options);
}

const KOKO = 'http://www.yso.fi/onto/koko/';

/**
 * One ontology term by YSO id (`p13050`), YSO URI, or a legacy KOKO URI that the bridge maps to
 * YSO (PTV stored KOKO URIs). Throws NotFoundError, naming why, when nothing resolves.
 */
export async function ontologyTerm(ctx: Context, idOrUri: string) {
  const db = ctx.database.readDb;
  let resolvedFrom: string | undefined;
  let key = idOrUri.trim();
  if (key.startsWith(KOKO)) {
    const koko = await repo.findKokoConcept(db, key);
    if (!koko) throw new NotFoundError('ontology term', key, `KOKO concept ${key} is not in the KOKO–YSO bridge`);
    if (!koko.ysoUri) throw new NotFoundError('ontology term', key, `KOKO concept ${key} ("${koko.prefLabel.fi ?? ''}") has no YSO equivalent`);
    resolvedFrom = key;
    key = koko.ysoUri;
  } else if (key.startsWith('yso:')) {
    key = key.slice(4);
  }
  if (!key.includes('/') && !/^p\d+$/.test(key)) {
    throw new NotFoundError('ontology term', key, `"${idOrUri}" is neither a YSO id (p123), a YSO URI nor a KOKO URI`);
  }
  const term = await repo.findOntologyTerm(db, key);
  if (!term) throw new NotFoundError('ontology term', key, `Ontology term ${key} does not exist`);
  return { ...term, resolvedFrom };
}

/** Labels of ontology terms given as ids or YSO URIs, in the order given (unknown ones left out). */
export async function ontologyLabels(ctx: Context, idsOrUris: string[]) {
  const ids = idsOrUris.map((value) => value.replace('http://www.yso.fi/onto/yso/', ''));
  const byId = new Map((await repo.listOntologyLabels(ctx.database.readDb, ids)).map((row) => [row.id, row.label]));
  return ids.filter((id) => byId.has(id)).map((id) => ({ id, label: byId.get(id)! }));
}
