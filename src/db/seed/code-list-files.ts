/**
 * Reads the committed code-list files under data/codelists and turns them into table rows.
 * Parsing only: no database access here.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { LocalizedText } from '../../shared/language.ts';

export const DEFAULT_CODE_LIST_DIR = fileURLToPath(new URL('../../../data/codelists', import.meta.url));

export interface RawFile {
  name: string;
  bytes: Buffer;
}

export function readRawFiles(dir: string, names: readonly string[]): RawFile[] {
  return names.map((name) => ({ name, bytes: fs.readFileSync(path.join(dir, name)) }));
}

export function jsonOf<T>(file: RawFile): T {
  const text = file.name.endsWith('.gz') ? zlib.gunzipSync(file.bytes).toString('utf8') : file.bytes.toString('utf8');
  return JSON.parse(text) as T;
}

export function tsvOf(file: RawFile): Record<string, string>[] {
  const text = zlib.gunzipSync(file.bytes).toString('utf8');
  const [header, ...lines] = text.split('\n').filter((line) => line.length > 0);
  const columns = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}

/** Drops empty and null language entries, so a missing translation is absent, not "". */
export function text(value: Record<string, string | null | undefined> | null | undefined): LocalizedText {
  const out: Record<string, string> = {};
  for (const [lang, str] of Object.entries(value ?? {})) if (str) out[lang] = str;
  return out as LocalizedText;
}

export function versionLabels(dir: string): Record<string, string> {
  const file = path.join(dir, 'versions.json');
  if (!fs.existsSync(file)) return {};
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { versions: Record<string, string> }).versions;
}

// --- source shapes (see data/codelists/README in NOTICE) -------------------------------------

export interface ClassificationItem {
  code: string;
  uri: string;
  legacyUri?: string | null;
  parent: string | null;
  level: number;
  name: Record<string, string>;
  description?: Record<string, string> | null;
}

export interface AreaItem {
  code: string;
  name: Record<string, string>;
  municipalities: string[];
  ptvSeedCode?: string;
  type?: string;
  region?: string;
  shortId?: string;
}

export interface MunicipalityItem {
  code: string;
  name: Record<string, string>;
  altNames?: Record<string, string[]>;
  organizationName?: string;
  businessId?: string | null;
  valid: boolean;
  mergedInto?: string;
  region?: string;
  wellbeingServicesCounty?: string;
  businessRegion?: string;
  hospitalRegion?: string;
}

export interface PostalCodeItem {
  code: string;
  name: Record<string, string>;
  municipality: string;
  currentMunicipality?: string;
  type: string;
}

export interface KokoItem {
  uri: string;
  yso: string | null;
  ontologies: string[];
  prefLabel: Record<string, string>;
  altLabel?: Record<string, string[]>;
}

export interface OntologyTermRow {
  id: string;
  uri: string;
  label: LocalizedText;
  isPlace: boolean;
  labelSource: string;
}

const YSO_PREFIX = 'http://www.yso.fi/onto/yso/';

/** YSO 2019.3 labels with the 2025 overlay applied: changed labels win, newer concepts are added. */
export function ontologyTermRows(base: RawFile, overlay: RawFile): OntologyTermRow[] {
  const terms = new Map<string, OntologyTermRow>();
  for (const row of tsvOf(base)) {
    const uri = row.uri ?? '';
    terms.set(uri, {
      id: uri.slice(YSO_PREFIX.length),
      uri,
      label: text({ fi: row.fi, sv: row.sv, en: row.en }),
      isPlace: row.likely_place === '1',
      labelSource: 'yso-2019.3',
    });
  }
  for (const row of tsvOf(overlay)) {
    if (row.status === 'same') continue;
    const uri = row.uri ?? '';
    const lang = row.lang as 'fi' | 'sv' | 'en';
    let term = terms.get(uri);
    if (!term) {
      term = { id: uri.slice(YSO_PREFIX.length), uri, label: {}, isPlace: false, labelSource: 'yso-2025' };
      terms.set(uri, term);
    }
    if (row.label) term.label = { ...term.label, [lang]: row.label };
    term.labelSource = 'yso-2025';
  }
  return [...terms.values()].filter((term) => term.uri.startsWith(YSO_PREFIX) && Object.keys(term.label).length > 0);
}
