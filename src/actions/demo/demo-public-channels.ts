/**
 * Channels of the City of Porvoo and the wellbeing services county, among them the shared
 * service location "Keskuskoulun liikuntasali" that associations connect their courses to. The
 * school and the exact addresses are illustrative; streets and postal codes exist in Porvoo.
 */
import {
  eService,
  localCallNumbers,
  mainEntrance,
  phoneChannel,
  printableForm,
  serviceLocation,
  webPage,
  weekly,
  type DemoChannelSpec,
} from './demo-channel-builders.ts';
import { fsv } from './demo-text.ts';

const CITY = 'porvoo.example';
const COUNTY = 'itauusimaa.example';
const registry = fsv('Porvoon kaupunki, kirjaamo', 'Borgå stad, registratorskontoret', 'City of Porvoo, Registry');
const rampEntrance = fsv(
  'Sisäänkäynnillä on luiska ja automaattiovi.',
  'Ingången har en ramp och automatisk dörr.',
  'The entrance has a ramp and an automatic door.',
);

/** The municipality's shared school gym: the channel of the seed's school-gym case. */
export const SCHOOL_GYM = serviceLocation(
  {
    key: 'school-gym',
    owner: 'porvoo',
    name: fsv('Keskuskoulun liikuntasali', 'Centralskolans gymnastiksal', 'Keskuskoulu School Gym'),
    summary: fsv(
      'Koulun liikuntasali on iltaisin ja viikonloppuisin yhdistysten käytössä.',
      'Skolans gymnastiksal används av föreningar på kvällar och veckoslut.',
      'The school gym is used by associations in the evenings and at weekends.',
    ),
    description: fsv(
      'Kaupunki vuokraa liikuntasalia yhdistysten kursseille ja harrastusryhmille koulupäivän jälkeen. Salissa on pukuhuoneet ja suihkut.',
      'Staden hyr ut gymnastiksalen för föreningars kurser och hobbygrupper efter skoldagen. I salen finns omklädningsrum och duschar.',
      'The city lets the gym to associations for courses and hobby groups after the school day. There are changing rooms and showers.',
    ),
  },
  {
    street: fsv('Aleksanterinkatu', 'Alexandersgatan', 'Aleksanterinkatu'),
    streetNumber: '12',
    postalCode: '06100',
    coordinates: { lat: 60.3951, lon: 25.6598 },
    entrances: mainEntrance(
      fsv('Liikuntasalin ovi pihan puolella', 'Gymnastiksalens dörr på gårdssidan', 'Gym door on the courtyard side'),
      rampEntrance,
    ),
  },
  weekly('17:00', '21:30', ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], { saturday: [{ start: '09:00', end: '16:00' }] }),
  { sharedForAll: true },
);

const cityChannels: DemoChannelSpec[] = [
  webPage(
    {
      key: 'porvoo-web',
      owner: 'porvoo',
      name: fsv('Porvoon kaupungin verkkosivut', 'Borgå stads webbplats', 'City of Porvoo website'),
      summary: fsv(
        'Tietoa kaupungin palveluista ja ajankohtaisista asioista.',
        'Information om stadens tjänster och aktuella frågor.',
        'Information on the city’s services and current matters.',
      ),
    },
    CITY,
  ),
  phoneChannel(
    {
      key: 'porvoo-phone',
      owner: 'porvoo',
      state: 'modified',
      name: fsv('Porvoon kaupungin neuvonta', 'Borgå stads rådgivning', 'City of Porvoo information line'),
      summary: fsv(
        'Neuvontaa kaupungin palveluista puhelimessa.',
        'Rådgivning om stadens tjänster per telefon.',
        'Advice on the city’s services by phone.',
      ),
    },
    localCallNumbers('19 000 1100', '19 000 1101', '19 000 1102'),
    weekly('09:00', '15:00'),
  ),
  serviceLocation(
    {
      key: 'porvoo-service-point',
      owner: 'porvoo',
      name: fsv('Porvoon kaupungin asiointipiste', 'Borgå stads servicepunkt', 'City of Porvoo customer service point'),
      summary: fsv(
        'Neuvontaa, lomakkeet ja hakemusten jättäminen yhdestä paikasta.',
        'Rådgivning, blanketter och inlämning av ansökningar på ett ställe.',
        'Advice, forms and applications in one place.',
      ),
    },
    {
      street: fsv('Mannerheiminkatu', 'Mannerheimsgatan', 'Mannerheiminkatu'), streetNumber: '20', postalCode: '06100', coordinates: { lat: 60.3937, lon: 25.6617 },
      entrances: mainEntrance(fsv('Pääovi', 'Huvudingång', 'Main entrance'), rampEntrance),
    },
    weekly('09:00', '16:00', ['monday', 'tuesday', 'wednesday', 'friday'], { thursday: [{ start: '09:00', end: '18:00' }] }),
    { phones: localCallNumbers('19 000 1100', '19 000 1101', '19 000 1102'), emails: [{ email: 'asiointi@porvoo.example' }] },
  ),
  eService(
    {
      key: 'building-eservice',
      owner: 'porvoo',
      name: fsv('Rakennusvalvonnan sähköinen asiointi', 'Byggnadstillsynens e-tjänst', 'Building control e-service'),
      summary: fsv(
        'Hae lupia ja seuraa hakemuksesi käsittelyä verkossa.',
        'Ansök om tillstånd och följ behandlingen av din ansökan på nätet.',
        'Apply for permits and follow your application online.',
      ),
    },
    CITY,
    'permits',
    true,
  ),
  printableForm(
    {
      key: 'street-permit-form',
      owner: 'porvoo',
      name: fsv('Katualueen käyttölupahakemus', 'Ansökan om tillstånd att använda gatuområde', 'Application to use a street area'),
      summary: fsv(
        'Lomake työmaan, tapahtuman tai terassin sijoittamiseen katualueelle.',
        'Blankett för att placera en byggplats, ett evenemang eller en terrass på gatuområde.',
        'A form for placing a work site, an event or a terrace on a street area.',
      ),
    },
    CITY,
    'KT-1',
    registry,
  ),
  printableForm(
    {
      key: 'parking-permit-form',
      owner: 'porvoo',
      state: 'archived',
      name: fsv('Pysäköintitunnushakemus (vanha lomake)', 'Ansökan om parkeringstillstånd (gammal blankett)', 'Parking permit application (old form)'),
      summary: fsv(
        'Vanha paperilomake; tunnusta haetaan nyt verkossa.',
        'En gammal pappersblankett; tillståndet söks nu på nätet.',
        'An old paper form; the permit is now applied for online.',
      ),
    },
    CITY,
    'PT-2',
    registry,
  ),
  SCHOOL_GYM,
  webPage(
    {
      key: 'education-web',
      owner: 'porvoo-education',
      name: fsv('Varhaiskasvatus ja koulut', 'Småbarnspedagogik och skolor', 'Early childhood education and schools'),
      summary: fsv(
        'Päiväkodit, koulut, hakuajat ja maksut.',
        'Daghem, skolor, ansökningstider och avgifter.',
        'Day-care centres, schools, application periods and fees.',
      ),
    },
    CITY,
    'education',
  ),
  eService(
    {
      key: 'education-eservice',
      owner: 'porvoo-education',
      name: fsv('Varhaiskasvatuksen sähköinen asiointi', 'E-tjänsten för småbarnspedagogik', 'Early childhood education e-service'),
      summary: fsv(
        'Hae varhaiskasvatus- tai kerhopaikkaa ja ilmoita hoitoajat.',
        'Ansök om plats i småbarnspedagogik eller klubb och meddela vårdtider.',
        'Apply for a day-care or club place and report care times.',
      ),
    },
    CITY,
    'early-education',
    true,
  ),
  printableForm(
    {
      key: 'school-transport-form',
      owner: 'porvoo-education',
      name: fsv('Koulukuljetushakemus', 'Ansökan om skolskjuts', 'School transport application'),
      summary: fsv(
        'Lomake koulukuljetuksen hakemiseen lukuvuodeksi.',
        'Blankett för att ansöka om skolskjuts för ett läsår.',
        'A form for applying for school transport for a school year.',
      ),
    },
    CITY,
    'KK-1',
    registry,
  ),
  webPage(
    {
      key: 'culture-web',
      owner: 'porvoo-culture',
      name: fsv('Kulttuuri ja vapaa-aika', 'Kultur och fritid', 'Culture and leisure'),
      summary: fsv(
        'Kirjastot, museot, nuorisotilat, liikuntapaikat ja avustukset.',
        'Bibliotek, museer, ungdomslokaler, idrottsplatser och understöd.',
        'Libraries, museums, youth centres, sports facilities and grants.',
      ),
    },
    CITY,
    'culture',
  ),
  serviceLocation(
    {
      key: 'main-library',
      owner: 'porvoo-culture',
      name: fsv('Porvoon pääkirjasto', 'Borgå huvudbibliotek', 'Porvoo Main Library'),
      summary: fsv(
        'Lainaa, lue, opiskele ja osallistu tapahtumiin keskustassa.',
        'Låna, läs, studera och delta i evenemang i centrum.',
        'Borrow, read, study and join events in the town centre.',
      ),
    },
    {
      street: fsv('Papinkatu', 'Prästgatan', 'Papinkatu'),
      streetNumber: '20',
      postalCode: '06100',
      coordinates: { lat: 60.3929, lon: 25.6639 },
      entrances: mainEntrance(fsv('Pääovi', 'Huvudingång', 'Main entrance'), rampEntrance),
    },
    weekly(
      '10:00',
      '20:00',
      ['monday', 'tuesday', 'wednesday', 'thursday'],
      { friday: [{ start: '10:00', end: '18:00' }], saturday: [{ start: '10:00', end: '15:00' }] },
    ),
  ),
  eService(
    {
      key: 'grants-eservice',
      owner: 'porvoo-culture',
      name: fsv('Avustusten sähköinen haku', 'Elektronisk ansökan om understöd', 'Online grant applications'),
      summary: fsv(
        'Yhdistykset hakevat kulttuuri-, liikunta- ja nuorisoavustuksia verkossa.',
        'Föreningar ansöker om kultur-, idrotts- och ungdomsunderstöd på nätet.',
        'Associations apply for culture, sports and youth grants online.',
      ),
    },
    CITY,
    'grants',
    true,
  ),
];

const countyChannels: DemoChannelSpec[] = [
  webPage(
    {
      key: 'county-web',
      owner: 'wellbeing-county',
      name: fsv('Hyvinvointialueen verkkosivut', 'Välfärdsområdets webbplats', 'Wellbeing services county website'),
      summary: fsv(
        'Sosiaali- ja terveyspalvelut, yhteystiedot ja ajanvaraus.',
        'Social- och hälsovårdstjänster, kontaktuppgifter och tidsbokning.',
        'Social and health services, contact details and appointments.',
      ),
    },
    COUNTY,
  ),
  phoneChannel(
    {
      key: 'county-advice-phone',
      owner: 'wellbeing-county',
      name: fsv('Sosiaali- ja terveysneuvonta', 'Social- och hälsovårdsrådgivning', 'Social and health advice line'),
      summary: fsv(
        'Neuvontaa ja ajanvarausta arkisin puhelimessa.',
        'Rådgivning och tidsbokning per telefon på vardagar.',
        'Advice and appointments by phone on weekdays.',
      ),
    },
    localCallNumbers('19 000 2100', '19 000 2101', '19 000 2102'),
    weekly('08:00', '16:00'),
  ),
  phoneChannel(
    {
      key: 'medical-helpline',
      owner: 'wellbeing-county',
      name: fsv('Päivystysapu 116117', 'Jourhjälpen 116117', 'Medical Helpline 116117'),
      summary: fsv(
        'Soita ennen kuin lähdet päivystykseen: saat hoito-ohjeet ympäri vuorokauden.',
        'Ring innan du åker till jouren: du får vårdråd dygnet runt.',
        'Call before going to the emergency clinic: advice around the clock.',
      ),
    },
    [{ number: '116 117', isFinnishServiceNumber: true, chargeType: 'Free' }],
    { regular: [{ kind: 'alwaysOpen' }] },
  ),
  serviceLocation(
    {
      key: 'health-station',
      owner: 'wellbeing-county',
      name: fsv('Porvoon sosiaali- ja terveysasema', 'Borgå social- och hälsostation', 'Porvoo social and health centre'),
      summary: fsv(
        'Lääkärin ja hoitajan vastaanotot, neuvolat ja sosiaalipalvelut.',
        'Läkar- och skötarmottagningar, rådgivningar och socialtjänster.',
        'Doctor and nurse appointments, child health clinics and social services.',
      ),
    },
    {
      street: fsv('Mannerheiminkatu', 'Mannerheimsgatan', 'Mannerheiminkatu'),
      streetNumber: '4',
      postalCode: '06100',
      coordinates: { lat: 60.3921, lon: 25.6653 },
      entrances: mainEntrance(fsv('Pääovi', 'Huvudingång', 'Main entrance'), rampEntrance),
    },
    weekly('08:00', '16:00'),
  ),
  eService(
    {
      key: 'county-eservice',
      owner: 'wellbeing-county',
      name: fsv('Sähköinen asiointi ja ajanvaraus', 'E-tjänster och tidsbokning', 'Online services and appointments'),
      summary: fsv(
        'Varaa aika, uusi resepti ja asioi turvallisesti verkossa.',
        'Boka tid, förnya recept och uträtta ärenden tryggt på nätet.',
        'Book appointments, renew prescriptions and contact us securely online.',
      ),
    },
    COUNTY,
    'eservices',
    true,
  ),
  printableForm(
    {
      key: 'carers-support-form',
      owner: 'wellbeing-county',
      name: fsv('Omaishoidon tuen hakemus', 'Ansökan om stöd för närståendevård', 'Application for informal care support'),
      summary: fsv(
        'Lomake omaishoidon tuen hakemiseen.',
        'Blankett för att ansöka om stöd för närståendevård.',
        'A form for applying for informal care support.',
      ),
    },
    COUNTY,
    'OH-1',
    fsv(
      'Itä-Uudenmaan hyvinvointialue, kirjaamo',
      'Östra Nylands välfärdsområde, registratorskontoret',
      'East Uusimaa Wellbeing Services County, Registry',
    ),
  ),
  eService(
    {
      key: 'county-chat',
      owner: 'wellbeing-county',
      state: 'draft',
      name: fsv('Sosiaali- ja terveysneuvonnan chat', 'Chatt för social- och hälsovårdsrådgivning', 'Social and health advice chat'),
      summary: fsv(
        'Kysy neuvoa chatissa arkisin (valmisteilla).',
        'Fråga om råd i chatten på vardagar (under beredning).',
        'Ask for advice in the chat on weekdays (in preparation).',
      ),
    },
    COUNTY,
    'chat',
    false,
  ),
];

/** The public organizations' channels. */
export const PUBLIC_CHANNELS: DemoChannelSpec[] = [...cityChannels, ...countyChannels];
