/**
 * The demo's organizations: the City of Porvoo with two departments, the East Uusimaa wellbeing
 * services county, and a fictitious regional federation of associations with its member
 * associations (one with a section of its own: three levels). Web and e-mail addresses use the
 * reserved `.example` domain and phone numbers are made up.
 */
import type { Area } from '../../domain/common/area.schema.ts';
import type { OrganizationContent } from '../../domain/organization/organization.schema.ts';
import type { LocalizedText } from '../../shared/language.ts';
import type { DemoState } from './demo-model.ts';
import { organizationId } from './demo-model.ts';
import { DEMO_LANGUAGES, fsv } from './demo-text.ts';

export interface DemoOrganizationSpec {
  key: string;
  content: OrganizationContent;
  state: DemoState;
  /** True for associations: their services are privately funded. */
  ngo: boolean;
  /** The area of the organization's services. */
  serviceAreas: Area[];
  /** Channels every service of the organization is connected to. */
  channels: string[];
}

export const PORVOO: Area = { type: 'Municipality', code: '638' };
export const EAST_UUSIMAA: Area = { type: 'WellbeingServicesCounty', code: '01' };

const FICTITIOUS = fsv('Esimerkkiaineistoa: kuvitteellinen yhdistys.', 'Exempeldata: en fiktiv förening.', 'Demo data: a fictitious association.');
const DEMO_NOTE = fsv(
  'Esimerkkiaineistoa: tiedot eivät ole organisaation virallisia tietoja.',
  'Exempeldata: uppgifterna är inte organisationens officiella uppgifter.',
  'Demo data: not the official information of the organization.',
);

function withNote(text: LocalizedText, note: LocalizedText): LocalizedText {
  return Object.fromEntries(DEMO_LANGUAGES.map((lang) => [lang, `${text[lang]}\n\n${note[lang]}`]));
}

export interface OrganizationBase {
  key: string;
  parent?: string;
  name: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  host: string;
  areas: Area[];
}

function contacts(base: OrganizationBase) {
  return {
    languages: DEMO_LANGUAGES,
    name: base.name,
    summary: base.summary,
    emails: [{ email: `info@${base.host}` }],
    webPages: DEMO_LANGUAGES.map((lang) => ({ url: `https://${base.host}/${lang}`, name: base.name[lang], lang })),
    areaType: 'LimitedType' as const,
    areas: base.areas,
    ...(base.parent ? { parentOrganizationId: organizationId(base.parent) } : {}),
  };
}

function publicOrganization(base: OrganizationBase, type: 'Municipality' | 'RegionalOrganization', extra: Partial<OrganizationContent>, channels: string[]): DemoOrganizationSpec {
  const content: OrganizationContent = { type, ...contacts(base), description: withNote(base.description, DEMO_NOTE), ...extra };
  return { key: base.key, content, state: 'published', ngo: false, serviceAreas: base.areas, channels };
}

export function association(base: OrganizationBase, phone: string, channels: string[], state: DemoState = 'published'): DemoOrganizationSpec {
  const content: OrganizationContent = {
    type: 'Organization',
    ...contacts(base),
    description: withNote(base.description, FICTITIOUS),
    phones: [{ prefix: '+358', number: phone, chargeType: 'Charged' }],
  };
  return { key: base.key, content, state, ngo: true, serviceAreas: base.areas, channels };
}

const cityAddress = {
  visitingAddresses: [
    {
      street: fsv('Mannerheiminkatu', 'Mannerheimsgatan', 'Mannerheiminkatu'),
      streetNumber: '20',
      postalCode: '06100',
      coordinates: { lat: 60.3937, lon: 25.6617 },
    },
  ],
  postalAddresses: [{ postOfficeBox: fsv('PL 23', 'PB 23', 'P.O. Box 23'), postalCode: '06101' }],
};

const cityDetails = {
  businessId: '1061512-1',
  phones: [{ prefix: '+358', number: '19 000 1000', chargeType: 'Charged' as const }],
  ...cityAddress,
};

/** The city (no parent) or one of its departments: all of them name the municipality. */
function city(key: string, parent: string | undefined, name: LocalizedText, summary: LocalizedText, description: LocalizedText, channels: string[]) {
  const base = { key, parent, name, summary, description, host: 'porvoo.example', areas: [PORVOO] };
  return publicOrganization(base, 'Municipality', { municipalityCode: '638', ...(parent ? {} : cityDetails) }, channels);
}

/** The public organizations, parents before their sub-organizations. */
export const PUBLIC_ORGANIZATIONS: DemoOrganizationSpec[] = [
  city('porvoo', undefined,
    fsv('Porvoon kaupunki', 'Borgå stad', 'City of Porvoo'),
    fsv(
      'Kaksikielinen kaupunki Itä-Uudellamaalla, noin 50 000 asukasta.',
      'En tvåspråkig stad i Östra Nyland med cirka 50 000 invånare.',
      'A bilingual town in East Uusimaa with about 50,000 inhabitants.',
    ),
    fsv(
      'Kaupunki järjestää asukkailleen muun muassa varhaiskasvatuksen, perusopetuksen, kirjasto-, kulttuuri- ja nuorisopalvelut, kaavoituksen, rakennusvalvonnan ja kadunpidon. Sosiaali- ja terveyspalvelut järjestää Itä-Uudenmaan hyvinvointialue.',
      'Staden ordnar bland annat småbarnspedagogik, grundläggande utbildning, biblioteks-, kultur- och ungdomstjänster, planläggning, byggnadstillsyn och gatuhållning. Social- och hälsovårdstjänsterna ordnas av Östra Nylands välfärdsområde.',
      'The city provides early childhood education, basic education, library, culture and youth services, land use planning, building control and street maintenance. Social and health services are provided by the East Uusimaa wellbeing services county.',
    ),
    ['porvoo-web', 'porvoo-service-point']),
  city('porvoo-education', 'porvoo',
    fsv('Porvoon kaupunki, kasvatus ja koulutus', 'Borgå stad, fostran och utbildning', 'City of Porvoo, Education'),
    fsv(
      'Varhaiskasvatus, esiopetus ja perusopetus suomeksi ja ruotsiksi.',
      'Småbarnspedagogik, förskoleundervisning och grundläggande utbildning på finska och svenska.',
      'Early childhood education, pre-primary and basic education in Finnish and Swedish.',
    ),
    fsv(
      'Toimiala vastaa kaupungin päiväkodeista, kouluista ja niiden tukipalveluista, kuten koulukuljetuksista ja kouluruokailusta.',
      'Sektorn ansvarar för stadens daghem, skolor och deras stödtjänster, såsom skolskjutsar och skolmåltider.',
      'The department runs the city’s day-care centres and schools and their support services, such as school transport and school meals.',
    ),
    ['education-web', 'porvoo-phone']),
  city('porvoo-culture', 'porvoo',
    fsv('Porvoon kaupunki, kulttuuri ja vapaa-aika', 'Borgå stad, kultur och fritid', 'City of Porvoo, Culture and Leisure'),
    fsv(
      'Kirjastot, museot, nuorisotyö, kansalaisopisto ja liikuntapalvelut.',
      'Bibliotek, museer, ungdomsarbete, medborgarinstitut och idrottstjänster.',
      'Libraries, museums, youth work, adult education centre and sports services.',
    ),
    fsv(
      'Toimiala ylläpitää kirjastoja, museoita, nuorisotiloja ja liikuntapaikkoja sekä myöntää avustuksia yhdistyksille.',
      'Sektorn upprätthåller bibliotek, museer, ungdomslokaler och idrottsplatser och beviljar understöd till föreningar.',
      'The department runs libraries, museums, youth centres and sports facilities and awards grants to associations.',
    ),
    ['culture-web']),
  publicOrganization(
    {
      key: 'wellbeing-county',
      name: fsv('Itä-Uudenmaan hyvinvointialue', 'Östra Nylands välfärdsområde', 'East Uusimaa Wellbeing Services County'),
      summary: fsv(
        'Sosiaali-, terveys- ja pelastuspalvelut seitsemän kunnan asukkaille.',
        'Social-, hälso- och räddningstjänster för invånarna i sju kommuner.',
        'Social, health and rescue services for the residents of seven municipalities.',
      ),
      description: fsv(
        'Hyvinvointialue järjestää alueensa asukkaiden sosiaali- ja terveyspalvelut sekä pelastustoimen Askolassa, Lapinjärvellä, Loviisassa, Myrskylässä, Porvoossa, Pukkilassa ja Sipoossa.',
        'Välfärdsområdet ordnar social- och hälsovården samt räddningsväsendet för invånarna i Askola, Lappträsk, Lovisa, Mörskom, Borgå, Pukkila och Sibbo.',
        'The wellbeing services county provides social and health care and rescue services for the residents of Askola, Lapinjärvi, Loviisa, Myrskylä, Porvoo, Pukkila and Sipoo.',
      ),
      host: 'itauusimaa.example',
      areas: [EAST_UUSIMAA],
    },
    'RegionalOrganization',
    {
      alternativeName: fsv('Itä-Uusimaa', 'Östra Nyland', 'East Uusimaa'),
      phones: [{ prefix: '+358', number: '19 000 2000', chargeType: 'Charged' }],
    },
    ['county-web', 'county-advice-phone'],
  ),
];
