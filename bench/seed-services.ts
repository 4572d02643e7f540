/**
 * Bulk seeding for the API benchmark: one organization and N published services written straight
 * into `entities` with `INSERT … SELECT FROM jsonb_to_recordset` in batches (going through the
 * actions would take minutes for 20,000 services). Content is `completeService()` in fi/sv/en with
 * varied texts: from data/samples when present, else synthetic.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../src/db/db.ts';
import { completeService } from '../src/domain/service/service-fixture.ts';
import type { ServiceContent } from '../src/domain/service/service.schema.ts';

type Lang = 'fi' | 'sv' | 'en';
type Texts = Record<Lang, string>;
export interface ServiceText {
  name: Texts;
  summary: Texts;
  description: Texts;
}

const LANGS: Lang[] = ['fi', 'sv', 'en'];
const PUBLISHED = { fi: 'published', sv: 'published', en: 'published' };
const MUNICIPALITIES = ['091', '049', '092', '837', '564', '853', '179', '398', '286', '405'];
const BATCH = 2000;

export function rng(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

const TOPICS: [string, string, string][] = [
  ['Vertaistukiryhmä', 'Kamratstödsgrupp', 'Peer support group'],
  ['Perhekahvila', 'Familjecafé', 'Family café'],
  ['Liikuntakerho', 'Motionsklubb', 'Exercise club'],
  ['Läksyapu', 'Läxhjälp', 'Homework help'],
  ['Ruoka-apu', 'Mathjälp', 'Food aid'],
  ['Ystävätoiminta', 'Vänverksamhet', 'Befriending service'],
  ['Kielikahvila', 'Språkcafé', 'Language café'],
  ['Digituki', 'Digistöd', 'Digital support'],
  ['Muistineuvonta', 'Minnesrådgivning', 'Memory counselling'],
  ['Kriisipuhelin', 'Krisjour', 'Crisis helpline'],
  ['Velkaneuvonta', 'Skuldrådgivning', 'Debt counselling'],
  ['Nuorisotila', 'Ungdomslokal', 'Youth centre'],
];
const AUDIENCES: [string, string, string][] = [
  ['vanhemmille', 'för föräldrar', 'for parents'],
  ['nuorille', 'för unga', 'for young people'],
  ['ikäihmisille', 'för äldre', 'for older people'],
  ['maahanmuuttajille', 'för invandrare', 'for immigrants'],
  ['omaishoitajille', 'för närståendevårdare', 'for family carers'],
  ['työnhakijoille', 'för arbetssökande', 'for jobseekers'],
];
const PLACES = ['Helsinki', 'Espoo', 'Vantaa', 'Tampere', 'Turku', 'Oulu', 'Jyväskylä', 'Lahti', 'Kuopio', 'Pori'];
const FI_WORDS = 'ryhmä kokoontuu viikoittain ohjaaja tukee osallistujia yhdessä keskustellen toimintaan voi tulla ilman ennakkoilmoittautumista palvelu on maksuton ja avoin kaikille kävijöille tarjoamme neuvontaa tietoa ja apua arjen tilanteisiin'.split(' ');
const SV_WORDS = 'gruppen träffas varje vecka handledaren stöder deltagarna tillsammans diskuterar man verksamheten är avgiftsfri och öppen för alla besökare vi erbjuder rådgivning information och hjälp i vardagen'.split(' ');
const EN_WORDS = 'the group meets every week a facilitator supports participants together we discuss everyday questions the service is free and open to everyone we offer advice information and help without registration'.split(' ');

function sentence(words: string[], random: () => number, length: number): string {
  const picked = Array.from({ length }, () => words[Math.floor(random() * words.length)]!);
  const text = picked.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function syntheticText(i: number, random: () => number): ServiceText {
  const topic = TOPICS[i % TOPICS.length]!;
  const audience = AUDIENCES[Math.floor(i / TOPICS.length) % AUDIENCES.length]!;
  const place = PLACES[Math.floor(random() * PLACES.length)]!;
  const paragraph = (words: string[]) => Array.from({ length: 4 + Math.floor(random() * 6) }, () => sentence(words, random, 8 + Math.floor(random() * 10))).join(' ');
  return {
    name: { fi: `${topic[0]} ${audience[0]}, ${place} ${i + 1}`, sv: `${topic[1]} ${audience[1]}, ${place} ${i + 1}`, en: `${topic[2]} ${audience[2]}, ${place} ${i + 1}` },
    summary: { fi: sentence(FI_WORDS, random, 10), sv: sentence(SV_WORDS, random, 10), en: sentence(EN_WORDS, random, 10) },
    description: { fi: paragraph(FI_WORDS), sv: paragraph(SV_WORDS), en: paragraph(EN_WORDS) },
  };
}

type Localized = Partial<Record<Lang, string>> | undefined;
interface SampleItem {
  name?: Localized;
  shortDescription?: Localized;
  description?: Localized;
  backgroundDescription?: Localized;
}

/**
 * Texts of the PTV general descriptions when data/samples holds them (ptv-general-descriptions*.json);
 * missing languages stay synthetic.
 */
function sampleTexts(dir: string): SampleItem[] {
  if (!fs.existsSync(dir)) return [];
  const files = fs.readdirSync(dir).filter((name) => /^ptv-general-descriptions.*\.json$/.test(name)).sort();
  return files.flatMap((name) => {
    try {
      const parsed = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { items?: SampleItem[] };
      return (parsed.items ?? []).filter((item) => item.name?.fi && item.shortDescription?.fi);
    } catch {
      return [];
    }
  });
}

function mergeSample(synthetic: ServiceText, sample: SampleItem | undefined, i: number): ServiceText {
  if (!sample) return synthetic;
  const pick = (from: Localized, fallback: Texts, max: number, suffix = ''): Texts =>
    Object.fromEntries(LANGS.map((lang) => [lang, from?.[lang] ? `${from[lang]!.slice(0, max - suffix.length)}${suffix}` : fallback[lang]])) as Texts;
  return {
    name: pick(sample.name, synthetic.name, 100, ` ${i + 1}`),
    summary: pick(sample.shortDescription, synthetic.summary, 150),
    description: pick(sample.description ?? sample.backgroundDescription, synthetic.description, 2500),
  };
}

/** `count` service texts, deterministic for a seed. */
export function serviceTexts(count: number, samplesDir: string): { texts: ServiceText[]; fromSamples: boolean } {
  const random = rng(7);
  const samples = sampleTexts(samplesDir);
  const texts = Array.from({ length: count }, (_, i) => mergeSample(syntheticText(i, random), samples[i % Math.max(1, samples.length)], i));
  return { texts, fromSamples: samples.length > 0 };
}

function serviceContent(text: ServiceText, organizationId: string, i: number): ServiceContent {
  return completeService({
    languages: ['fi', 'sv', 'en'],
    name: text.name,
    summary: text.summary,
    description: text.description,
    areas: [{ type: 'Municipality', code: MUNICIPALITIES[i % MUNICIPALITIES.length]! }],
    mainResponsibleOrganizationId: organizationId,
    otherResponsibleOrganizationIds: [],
    producers: [{ provisionType: 'SelfProduced', organizationIds: [organizationId] }],
    legislation: [
      {
        name: { fi: 'Sosiaalihuoltolaki', sv: 'Socialvårdslag', en: 'Social Welfare Act' },
        url: { fi: 'https://finlex.fi/fi/laki/ajantasa/2014/20141301', sv: 'https://finlex.fi/sv/laki/ajantasa/2014/20141301', en: 'https://finlex.fi/en/laki/kaannokset/2014/en20141301' },
      },
    ],
    keywords: { fi: ['vertaistuki'], sv: ['kamratstöd'], en: ['peer support'] },
  });
}

const INSERT = `
  INSERT INTO entities (id, kind, organization_id, language_status, status, working_content, published_content, public_view,
                        version_major, version_minor, revision, created_at, created_by, modified_at, modified_by, published_at)
  SELECT r.id, $2, $3, $4::jsonb, 'published', r.content, r.content,
         -- the stored public view, as the lifecycle actions compute it (every language is public here)
         r.content || jsonb_build_object('id', r.id, 'languages', '["fi","sv","en"]'::jsonb, 'version', '1.0',
                                         'publishedAt', to_jsonb($5::timestamptz), 'modifiedAt', to_jsonb($5::timestamptz)),
         1, 0, 1, $5, 'bench', $5, 'bench', $5
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, content jsonb)`;

/** Inserts the owner organization and `texts.length` published services; returns the service ids. */
export async function seedServices(database: Database, texts: ServiceText[]): Promise<string[]> {
  // Rows of an earlier run on the same server (the embedded database starts empty).
  await database.pool.query(`DELETE FROM entities WHERE created_by = 'bench'`);
  const organizationId = crypto.randomUUID();
  const at = new Date();
  const organization = {
    type: 'Organization',
    languages: ['fi', 'sv', 'en'],
    name: { fi: 'Vertaistuen Keskusliitto ry', sv: 'Centralförbundet för kamratstöd rf', en: 'Central Union for Peer Support' },
    summary: { fi: 'Valtakunnallinen kattojärjestö.', sv: 'Riksomfattande paraplyorganisation.', en: 'A national umbrella organization.' },
  };
  await database.pool.query(INSERT, [JSON.stringify([{ id: organizationId, content: organization }]), 'organization', null, JSON.stringify(PUBLISHED), at]);
  const ids = texts.map(() => crypto.randomUUID());
  for (let start = 0; start < texts.length; start += BATCH) {
    const rows = texts.slice(start, start + BATCH).map((text, k) => ({ id: ids[start + k], content: serviceContent(text, organizationId, start + k) }));
    await database.pool.query(INSERT, [JSON.stringify(rows), 'service', organizationId, JSON.stringify(PUBLISHED), at]);
  }
  // a server that ran the bench before holds the deleted rows until autovacuum, which would
  // otherwise run in the middle of a measurement
  await database.pool.query('VACUUM entities');
  await database.pool.query('ANALYZE');
  return ids;
}
