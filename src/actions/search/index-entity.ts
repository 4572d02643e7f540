/**
 * Keeps the search index in step with the content: called in the same transaction as every write
 * (through refreshPublicView), so a published change is searchable at once.
 */
import type { Database, DbOrTx } from '../../db/db.ts';
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import { findEntityById } from '../../db/repositories/entities.repository.ts';
import * as repo from '../../db/repositories/search-index.repository.ts';
import { publicLanguages } from '../../domain/publishing/lifecycle.ts';
import { filterLanguages } from '../../domain/publishing/language-filter.ts';
import { searchDocument, type SearchDocument, type SearchLabels } from '../../domain/search/search-document.ts';
import type { LocalizedText } from '../../shared/language.ts';

const lowerFirst = (value: string) => value.charAt(0).toLowerCase() + value.slice(1);

async function labelsFor(db: DbOrTx, contents: Record<string, unknown>[]): Promise<SearchLabels> {
  const terms = contents.flatMap((c) => ((c.ontologyTerms as string[] | undefined) ?? []).map((id) => id.replace(/^https?:\/\/www\.yso\.fi\/onto\/yso\//, '')));
  const codes = contents.flatMap((c) => [...((c.serviceClasses as string[] | undefined) ?? []), ...((c.targetGroups as string[] | undefined) ?? [])]);
  const municipalities = contents.flatMap((c) =>
    ['visitingAddresses', 'postalAddresses'].flatMap((key) => ((c[key] as { municipalityCode?: string }[] | undefined) ?? []).map((a) => a.municipalityCode).filter((m): m is string => !!m)),
  );
  const labels = new Map((await repo.ontologyTermLabels(db, [...new Set(terms)])).map((r) => [r.id, r.label]));
  const names = new Map((await repo.municipalityDetails(db, [...new Set(municipalities)])).map((r) => [r.code, r.name]));
  const parents = await repo.classificationParents(db, [...new Set(codes)]);
  return {
    ontologyTerm: (id) => labels.get(id),
    municipality: (code) => names.get(code) as LocalizedText | undefined,
    parentOf: (code) => parents.get(code),
  };
}

/** m:, r: and w: tokens of every municipality the entity covers (its areas or its addresses); `*` = nationwide. */
async function areaTokens(db: DbOrTx, document: SearchDocument): Promise<string[]> {
  if (document.area.nationwide) return ['*'];
  const direct = document.area.areas.filter((a) => a.type === 'Municipality').map((a) => a.code);
  const others = document.area.areas.filter((a) => a.type !== 'Municipality').map((a) => ({ type: lowerFirst(a.type), code: a.code }));
  const codes = [...new Set([...document.municipalityCodes, ...direct, ...(await repo.municipalitiesOfAreas(db, others))])];
  const tokens = new Set<string>();
  for (const m of await repo.municipalityDetails(db, codes)) {
    tokens.add(`m:${m.code}`);
    if (m.regionCode) tokens.add(`r:${m.regionCode}`);
    if (m.countyCode) tokens.add(`w:${m.countyCode}`);
  }
  return [...tokens];
}

/** Writes the working and public search rows of the entity (removing the public one when nothing is public). */
export async function indexEntity(db: DbOrTx, row: EntityRow): Promise<void> {
  const working = row.workingContent;
  const publicLangs = publicLanguages(row.languageStatus);
  const published = publicLangs.length && row.publishedContent ? filterLanguages(row.publishedContent, publicLangs) : undefined;
  const labels = await labelsFor(db, published ? [working, published] : [working]);
  const statuses = row.languageStatus as Record<string, string>;
  // an organization belongs to itself here, so its own tree finds its working copy
  const base = { entityId: row.id, kind: row.kind, organizationId: row.kind === 'organization' ? row.id : row.organizationId, sourceId: row.sourceId, modifiedAt: row.modifiedAt, languageStatus: statuses, status: row.status };
  const workingLangs = (working.languages as string[] | undefined) ?? Object.keys(statuses);
  const workingDoc = withChannelType(searchDocument(row.kind, working, workingLangs, labels), row);
  await repo.upsertSearchEntry(db, { ...base, scope: 'working', languages: workingLangs, document: workingDoc, areaTokens: await areaTokens(db, workingDoc) });
  if (!published) return repo.deleteSearchEntry(db, row.id, 'public');
  const publicDoc = withChannelType(searchDocument(row.kind, published, publicLangs, labels), row);
  await repo.upsertSearchEntry(db, { ...base, scope: 'public', languages: publicLangs, document: publicDoc, areaTokens: await areaTokens(db, publicDoc) });
}

function withChannelType(document: SearchDocument, row: EntityRow): SearchDocument {
  return row.kind === 'channel' ? { ...document, subType: row.channelType } : document;
}

/** Indexes entities that have no search row yet; returns how many. */
export async function backfillSearchIndex(database: Database): Promise<number> {
  const ids = await repo.listIdsWithoutSearchEntry(database.db);
  for (const id of ids) {
    await database.db.transaction(async (tx) => {
      const row = await findEntityById(tx, id);
      if (row) await indexEntity(tx, row);
    });
  }
  return ids.length;
}
