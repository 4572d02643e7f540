/**
 * The code lists Kuvaa loads, with their titles, API paths, sources and licences. The loader and
 * the API both follow this catalogue; a test checks that the loader knows every entry.
 */
import type { LocalizedText } from '../../shared/language.ts';

export interface CodeListInfo {
  name: string;
  title: LocalizedText;
  /** Path under /api/v1/code-lists, or undefined when the list has no endpoint of its own. */
  path: string | undefined;
  source: string;
  licence: string;
}

const PTV = 'Suomi.fi Palvelutietovaranto 3.4 (vrk-kpa/ptv-releases)';
const MIT = 'MIT, © 2020 Finnish Digital Agency (DVV)';
const YSO_LICENCE = 'CC BY 4.0, © National Library of Finland, SeCo and TSK';

export const CODE_LISTS: readonly CodeListInfo[] = [
  { name: 'service-classes', title: { fi: 'Palveluluokat', sv: 'Serviceklasser', en: 'Service classes' }, path: 'service-classes', source: PTV, licence: MIT },
  { name: 'target-groups', title: { fi: 'Kohderyhmät', sv: 'Målgrupper', en: 'Target groups' }, path: 'target-groups', source: PTV, licence: MIT },
  { name: 'life-events', title: { fi: 'Elämäntilanteet', sv: 'Livssituationer', en: 'Life events' }, path: 'life-events', source: PTV, licence: MIT },
  { name: 'industrial-classes', title: { fi: 'Toimialaluokitus (TOL 2008)', sv: 'Näringsgrensindelning (TOL 2008)', en: 'Industrial classes (TOL 2008)' }, path: 'industrial-classes', source: `${PTV}; Statistics Finland`, licence: MIT },
  { name: 'ontology-terms', title: { fi: 'Asiasanat (YSO)', sv: 'Ämnesord (YSO)', en: 'Ontology terms (YSO)' }, path: 'ontology-terms', source: 'YSO 2019.3 Cicero + 2025.2 labels (NatLibFi/Annif-corpora)', licence: YSO_LICENCE },
  { name: 'koko-bridge', title: { fi: 'KOKO–YSO-vastaavuudet', sv: 'KOKO–YSO-motsvarigheter', en: 'KOKO to YSO bridge' }, path: undefined, source: `${PTV} (Finto cache 2017)`, licence: `${MIT}; content ${YSO_LICENCE}` },
  { name: 'municipalities', title: { fi: 'Kunnat', sv: 'Kommuner', en: 'Municipalities' }, path: 'municipalities', source: PTV, licence: MIT },
  { name: 'regions', title: { fi: 'Maakunnat', sv: 'Landskap', en: 'Regions' }, path: 'regions', source: PTV, licence: MIT },
  { name: 'wellbeing-services-counties', title: { fi: 'Hyvinvointialueet', sv: 'Välfärdsområden', en: 'Wellbeing services counties' }, path: 'wellbeing-services-counties', source: 'Statistics Finland codes (CSCfi/antero), membership Yleisradio/geodata', licence: 'MIT; public facts' },
  { name: 'business-regions', title: { fi: 'Seutukunnat', sv: 'Ekonomiska regioner', en: 'Business regions' }, path: 'business-regions', source: PTV, licence: MIT },
  { name: 'hospital-regions', title: { fi: 'Sairaanhoitopiirit (lakkautettu 2023)', sv: 'Sjukvårdsdistrikt (upphört 2023)', en: 'Hospital districts (abolished 2023)' }, path: 'hospital-regions', source: PTV, licence: MIT },
  { name: 'postal-codes', title: { fi: 'Postinumerot', sv: 'Postnummer', en: 'Postal codes' }, path: 'postal-codes', source: 'Posti Oy Postinumerotiedosto, as shipped in PTV 3.4 (June 2022)', licence: 'Posti Oy postal code service terms (free to use and pass on with the terms and download date)' },
  { name: 'languages', title: { fi: 'Kielet', sv: 'Språk', en: 'Languages' }, path: 'languages', source: PTV, licence: MIT },
  { name: 'countries', title: { fi: 'Maat', sv: 'Länder', en: 'Countries' }, path: 'countries', source: PTV, licence: MIT },
  { name: 'holidays', title: { fi: 'Pyhäpäivät', sv: 'Helgdagar', en: 'Holidays' }, path: 'holidays', source: PTV, licence: MIT },
  { name: 'enums', title: { fi: 'Tyyppitaulut', sv: 'Typtabeller', en: 'Enumerations' }, path: 'enums', source: PTV, licence: MIT },
  { name: 'digital-authorizations', title: { fi: 'Suomi.fi-valtuudet', sv: 'Suomi.fi-fullmakter', en: 'Suomi.fi e-Authorizations' }, path: 'digital-authorizations', source: PTV, licence: MIT },
  { name: 'service-numbers', title: { fi: 'Palvelunumerot', sv: 'Servicenummer', en: 'National service numbers' }, path: 'service-numbers', source: `${PTV} (Traficom open data)`, licence: MIT },
];

/** Area types of Finland's administrative divisions, as Kuvaa names them. */
export const AREA_TYPES = ['region', 'wellbeingServicesCounty', 'businessRegion', 'hospitalRegion'] as const;
export type AreaType = (typeof AREA_TYPES)[number];
