/**
 * The query mix of the search benchmark, deterministic for a seed: common and rare words (rare =
 * YSO terms the synthetic catalogue uses a handful of times), Finnish prefixes, inflections and
 * compounds, Swedish and English, several words, facet filters alone and with words, distance
 * searches around the towns of the service locations (with and without words), and later pages.
 */
import type { CodeData, Lang, Term } from './search-data.ts';
import { pick, type Random } from './search-generate.ts';

export interface BenchQuery {
  kind: string;
  url: string;
}

type Words = Record<Lang, string[]>;

const COMMON: Words = {
  fi: ['palvelut', 'neuvonta', 'tuki', 'lapset', 'terveys', 'hoito', 'opetus', 'kunta', 'asuminen', 'liikunta'],
  sv: ['tjänster', 'stöd', 'barn', 'rådgivning', 'vård', 'utbildning'],
  en: ['services', 'support', 'children', 'health', 'care', 'education'],
};
const PREFIXES: Words = {
  fi: ['ter', 'terv', 'lasten', 'kirj', 'omais', 'nuor', 'varhais', 'liik', 'asu', 'vanh', 'yrit', 'per'],
  sv: ['barn', 'häl', 'bibl', 'skol', 'stö'],
  en: ['heal', 'child', 'edu', 'sup', 'fam'],
};
const INFLECTED = ['lapsille', 'terveyskeskuksessa', 'kotihoitoon', 'maahanmuuttajille', 'kirjastossa', 'neuvolaan', 'nuorille', 'ikäihmisille', 'vanhemmille', 'kouluterveydenhuolto', 'perhepäivähoitoon', 'omaishoitajille', 'lasten', 'kunnan'];
const PHRASES: Words = {
  fi: ['lasten terveys', 'kotihoito ikäihmisille', 'tukea omaishoitajille', 'rakennuslupa hakemus', 'esiopetus koulukuljetus', 'vertaistukiryhmä vanhemmille'],
  sv: ['stöd för närståendevårdare', 'barnens hälsa', 'vatten och avlopp', 'språkcafé för invandrare'],
  en: ['child health clinic', 'mental health services', 'school transport', 'home care for older people', 'peer support group'],
};
const SUBTYPES = ['ServiceLocation', 'EChannel', 'WebPage', 'Phone'];
const TARGET_GROUPS = ['KR1', 'KR1.1', 'KR1.2', 'KR1.3', 'KR2'];
const RADII = [1, 2, 5, 10, 25];

const enc = (params: Record<string, string | number>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

function language(random: Random): Lang {
  const r = random();
  return r < 0.6 ? 'fi' : r < 0.8 ? 'sv' : 'en';
}

/** The longest word of a term's label in `lang` (labels of several words are searched by one). */
function rareWord(term: Term, lang: Lang): string {
  return term.label[lang].split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0] ?? term.label.fi;
}

interface Builder {
  kind: string;
  weight: number;
  build(random: Random): Record<string, string | number>;
}

function builders(data: CodeData, rare: Term[]): Builder[] {
  const text = (words: Words, random: Random) => {
    const lang = language(random);
    // one in five searches leaves lang out: every language is searched then
    return { q: pick(words[lang], random), ...(random() < 0.8 ? { lang } : {}), ...(random() < 0.4 ? { type: 'service' } : {}) };
  };
  const near = (random: Random) => {
    const town = pick(data.towns, random);
    return `${(town.lat + (random() - 0.5) * 0.1).toFixed(4)},${(town.lon + (random() - 0.5) * 0.2).toFixed(4)}`;
  };
  const facet = (random: Random): Record<string, string> => {
    const r = random();
    if (r < 0.3) return { municipality: random() < 0.7 ? pick(data.towns, random).code : pick(data.municipalities, random).code };
    if (r < 0.55) {
      // a sub-class of a sample service, or its main class (P5.2 or P5)
      const code = pick(pick(data.templates, random).serviceClasses, random) ?? 'P5.2';
      return { serviceClass: random() < 0.5 ? code : code.split('.')[0]! };
    }
    if (r < 0.75) return { targetGroup: pick(TARGET_GROUPS, random) };
    if (r < 0.9) return { type: 'channel', subType: pick(SUBTYPES, random) };
    return { type: 'service', municipality: pick(data.towns, random).code, targetGroup: pick(TARGET_GROUPS, random) };
  };
  return [
    { kind: 'common word', weight: 14, build: (r) => text(COMMON, r) },
    { kind: 'rare word', weight: 12, build: (r) => { const lang = language(r); return { q: rareWord(pick(rare, r), lang), lang }; } },
    { kind: 'prefix', weight: 12, build: (r) => text(PREFIXES, r) },
    { kind: 'fi inflected/compound', weight: 10, build: (r) => ({ q: pick(INFLECTED, r), lang: 'fi', ...(r() < 0.4 ? { type: 'service' } : {}) }) },
    { kind: 'several words', weight: 6, build: (r) => text(PHRASES, r) },
    { kind: 'facets only', weight: 10, build: (r) => facet(r) },
    { kind: 'words + facets', weight: 14, build: (r) => ({ ...text(r() < 0.5 ? COMMON : PHRASES, r), ...facet(r) }) },
    { kind: 'distance', weight: 10, build: (r) => ({ type: 'channel', subType: 'ServiceLocation', near: near(r), radiusKm: pick(RADII, r) }) },
    { kind: 'distance + words', weight: 6, build: (r) => ({ ...text(COMMON, r), near: near(r), radiusKm: pick(RADII, r), sort: 'distance' }) },
    { kind: 'later page', weight: 6, build: (r) => ({ ...text(COMMON, r), offset: 20 * (1 + Math.floor(r() * 3)) }) },
  ];
}

/** `count` queries; `rare` are terms that only a few services use. */
export function queryMix(count: number, data: CodeData, rare: Term[], random: Random): BenchQuery[] {
  const kinds = builders(data, rare);
  const total = kinds.reduce((sum, k) => sum + k.weight, 0);
  return Array.from({ length: count }, () => {
    let r = random() * total;
    const kind = kinds.find((k) => (r -= k.weight) < 0) ?? kinds[0]!;
    return { kind: kind.kind, url: `/api/v1/search?${enc(kind.build(random))}` };
  });
}
