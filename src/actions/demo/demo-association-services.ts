/**
 * Services the demo's associations describe themselves (the samples hold public services only),
 * among them the seed's school-gym case: an association's course in the city's school gym, with
 * the course hours and the instructor's title (never a person's name) on the connection.
 */
import type { ConnectionContent } from '../../domain/connection/connection.schema.ts';
import type { Phone } from '../../domain/common/contact.schema.ts';
import type { ServiceContent } from '../../domain/service/service.schema.ts';
import type { Weekday } from '../../domain/service-hours/service-hours.ts';
import type { LocalizedText } from '../../shared/language.ts';
import { HOLIDAYS_CLOSED } from './demo-channel-builders.ts';
import type { ServicePlan } from './demo-service-plan.ts';
import { fsv } from './demo-text.ts';

/** A service written for the demo, with what its owner-independent content is. */
export interface OwnServiceSpec extends ServicePlan {
  content: Omit<ServiceContent, 'languages' | 'fundingType' | 'mainResponsibleOrganizationId'>;
}

/** Weekly hours on `days` with a note, closed on holidays. */
function meets(days: Weekday[], start: string, end: string, note?: LocalizedText): ConnectionContent['serviceHours'] {
  const week = Object.fromEntries(days.map((day) => [day, [{ start, end }]]));
  return { regular: [{ kind: 'weekly', days: week, ...(note ? { additionalInfo: note } : {}) }], holidays: HOLIDAYS_CLOSED };
}

/** The instructor's phone with the title, not the name, of who answers. */
function titledPhones(number: string, title: LocalizedText): Phone[] {
  return (['fi', 'sv', 'en'] as const).map((lang) => ({ prefix: '+358', number, additionalInfo: title[lang], lang }));
}

const noSchoolHolidays = fsv('Ei koulujen loma-aikoina.', 'Inte under skolloven.', 'Not during school holidays.');

/** The school-gym connection of the seniors' fitness course. */
export const SCHOOL_GYM_COURSE: ConnectionContent = {
  description: fsv(
    'Kurssi kokoontuu Keskuskoulun liikuntasalissa tiistaisin ja torstaisin klo 17.30–18.30 syyskuusta toukokuuhun, ei koulujen loma-aikoina. Ohjaajana toimii seuran liikunnanohjaaja.',
    'Kursen träffas i Centralskolans gymnastiksal på tisdagar och torsdagar kl. 17.30–18.30 från september till maj, inte under skolloven. Kursen leds av föreningens idrottsinstruktör.',
    'The course meets in the Keskuskoulu School Gym on Tuesdays and Thursdays from 17:30 to 18:30, September to May, except during school holidays. It is led by the club’s sports instructor.',
  ),
  chargeType: 'Charged',
  serviceHours: meets(['tuesday', 'thursday'], '17:30', '18:30', noSchoolHolidays),
  phones: titledPhones('40 000 4002', fsv('Liikunnanohjaaja', 'Idrottsinstruktör', 'Sports instructor')),
};

export const ASSOCIATION_SERVICES: OwnServiceSpec[] = [
  {
    key: 'senior-fitness',
    owner: 'sports-seniors',
    connections: { 'school-gym': SCHOOL_GYM_COURSE, 'course-registration': {} },
    content: {
      type: 'Service',
      chargeType: 'Charged',
      name: fsv('Senioreiden kuntojumppa', 'Konditionsgymnastik för seniorer', 'Fitness classes for seniors'),
      summary: fsv(
        'Ohjattua kuntojumppaa yli 65-vuotiaille kahdesti viikossa koulun liikuntasalissa.',
        'Ledd konditionsgymnastik för personer över 65 två gånger i veckan i en skolgymnastiksal.',
        'Instructed fitness classes for people over 65 twice a week in a school gym.',
      ),
      description: fsv(
        'Kuntojumpassa harjoitellaan lihasvoimaa, tasapainoa ja liikkuvuutta musiikin tahdissa. Tunnit sopivat myös aloittelijoille, ja jokainen liikkuu omaan tahtiinsa. Kurssi kestää lukukauden, ja ryhmään mahtuu 25 osallistujaa. Ilmoittautuminen alkaa elokuussa ja joulukuussa.',
        'I konditionsgymnastiken tränar vi muskelstyrka, balans och rörlighet till musik. Passen passar också nybörjare och alla rör sig i sin egen takt. Kursen pågår en termin och gruppen har plats för 25 deltagare. Anmälan börjar i augusti och december.',
        'The classes train muscle strength, balance and mobility to music. They suit beginners too, and everyone moves at their own pace. A course lasts one term and the group has room for 25 participants. Registration opens in August and December.',
      ),
      userInstructions: fsv(
        'Ilmoittaudu kurssille verkossa tai soittamalla seuran toimistoon. Ota mukaan sisäkengät ja juomapullo.',
        'Anmäl dig till kursen på nätet eller genom att ringa föreningens kansli. Ta med inneskor och en vattenflaska.',
        'Sign up online or by calling the club office. Bring indoor shoes and a water bottle.',
      ),
      chargeInfo: fsv(
        'Kurssimaksu on 40 euroa lukukaudelta, seuran jäsenille 30 euroa.',
        'Kursavgiften är 40 euro per termin, för föreningens medlemmar 30 euro.',
        'The course fee is 40 euros a term, 30 euros for club members.',
      ),
      targetGroups: ['KR1.1'],
      serviceClasses: ['P27.1', 'P4.2'],
      ontologyTerms: ['p3708', 'p2433', 'p963', 'p15095', 'p9270'],
    },
  },
  {
    key: 'youth-floorball',
    owner: 'youth',
    connections: {
      'school-gym': {
        description: fsv(
          'Kerho kokoontuu Keskuskoulun liikuntasalissa keskiviikkoisin klo 18.00–19.30. Vuoroa ohjaa nuorisoseuran nuoriso-ohjaaja.',
          'Klubben träffas i Centralskolans gymnastiksal på onsdagar kl. 18.00–19.30. Turen leds av ungdomsföreningens ungdomsledare.',
          'The club meets in the Keskuskoulu School Gym on Wednesdays from 18:00 to 19:30, led by the association’s youth worker.',
        ),
        serviceHours: meets(['wednesday'], '18:00', '19:30', noSchoolHolidays),
      },
    },
    content: {
      type: 'Service',
      chargeType: 'Free',
      name: fsv('Sählykerho nuorille', 'Innebandyklubb för unga', 'Floorball club for young people'),
      summary: fsv(
        'Maksuton sählyvuoro 13–17-vuotiaille keskiviikkoiltaisin, mailoja saa lainaksi.',
        'Avgiftsfri innebandy för 13–17-åringar på onsdagskvällar, klubbor finns att låna.',
        'Free floorball for 13 to 17-year-olds on Wednesday evenings; sticks can be borrowed.',
      ),
      description: fsv(
        'Kerhossa pelataan sählyä rennossa porukassa ilman kilpailupaineita. Mukaan voi tulla yksin tai kaverin kanssa, eikä aiempaa kokemusta tarvita. Kerhoa ohjaavat nuoriso-ohjaaja ja vapaaehtoiset.',
        'I klubben spelar vi innebandy i ett avslappnat gäng utan tävlingspress. Du kan komma ensam eller med en kompis och du behöver ingen tidigare erfarenhet. Klubben leds av en ungdomsledare och frivilliga.',
        'We play floorball in a relaxed group without competitive pressure. Come alone or with a friend; no experience is needed. The club is led by a youth worker and volunteers.',
      ),
      targetGroups: ['KR1.3'],
      serviceClasses: ['P28.2', 'P27.1'],
      ontologyTerms: ['p16555', 'p11617', 'p13035', 'p7642'],
    },
  },
  {
    key: 'carers-peer-group',
    owner: 'carers',
    connections: {
      'association-house': {
        description: fsv(
          'Ryhmä kokoontuu Järjestötalon kokoushuoneessa kuukauden ensimmäisenä maanantaina klo 13–15. Ryhmää ohjaa yhdistyksen omaishoidon koordinaattori.',
          'Gruppen träffas i organisationshusets mötesrum den första måndagen i månaden kl. 13–15. Gruppen leds av föreningens koordinator för närståendevård.',
          'The group meets in the meeting room of the Association House on the first Monday of each month, 13:00–15:00, led by the association’s family care coordinator.',
        ),
        serviceHours: meets(
          ['monday'],
          '13:00',
          '15:00',
          fsv('Vain kuukauden ensimmäisenä maanantaina.', 'Endast den första måndagen i månaden.', 'First Monday of the month only.'),
        ),
      },
    },
    content: {
      type: 'Service',
      chargeType: 'Free',
      name: fsv('Omaishoitajien vertaistukiryhmä', 'Kamratstödsgrupp för närståendevårdare', 'Peer support group for family carers'),
      summary: fsv(
        'Omaishoitajat jakavat kokemuksia ja saavat tukea toisiltaan ohjatussa ryhmässä.',
        'Närståendevårdare delar erfarenheter och får stöd av varandra i en ledd grupp.',
        'Family carers share experiences and support each other in a guided group.',
      ),
      description: fsv(
        'Ryhmä kokoontuu kerran kuukaudessa järjestötalolla. Tapaamisissa keskustellaan arjessa jaksamisesta, palveluista ja omaishoitajan oikeuksista. Ryhmään voi tulla ilman ilmoittautumista. Hoidettavalle voidaan tarvittaessa järjestää sijainen tapaamisen ajaksi.',
        'Gruppen träffas en gång i månaden i organisationshuset. Vi samtalar om att orka i vardagen, om tjänster och om närståendevårdarens rättigheter. Du kan komma utan anmälan. Vid behov kan en avlösare ordnas för den vårdade under träffen.',
        'The group meets once a month at the association house. We talk about coping in everyday life, services and the rights of family carers. No registration is needed. A substitute carer can be arranged for the person you care for during the meeting.',
      ),
      targetGroups: ['KR1'],
      lifeEvents: ['KE13'],
      serviceClasses: ['P4.12'],
      ontologyTerms: ['p12878', 'p19104', 'p19584', 'p18105'],
    },
  },
  {
    key: 'association-advice',
    owner: 'federation',
    connections: {
      'association-house': {
        description: fsv(
          'Neuvontaa Järjestötalolla tiistaisin klo 10–16 ilman ajanvarausta.',
          'Rådgivning i Organisationshuset på tisdagar kl. 10–16 utan tidsbokning.',
          'Walk-in advice at the Association House on Tuesdays, 10:00–16:00.',
        ),
        serviceHours: meets(['tuesday'], '10:00', '16:00'),
      },
    },
    content: {
      type: 'Service',
      chargeType: 'Free',
      name: fsv('Järjestöneuvonta', 'Föreningsrådgivning', 'Advice for associations'),
      summary: fsv(
        'Neuvontaa yhdistyksen perustamiseen, hallintoon, rahoitukseen ja vapaaehtoistoimintaan.',
        'Rådgivning om att grunda och förvalta en förening, om finansiering och frivilligverksamhet.',
        'Advice on founding and running an association, funding and volunteering.',
      ),
      description: fsv(
        'Liiton neuvojat auttavat yhdistysten hallitusten jäseniä ja työntekijöitä esimerkiksi sääntöjen muuttamisessa, kokouskäytännöissä, avustusten hakemisessa ja vapaaehtoisten rekrytoinnissa. Neuvonta on jäsenyhdistyksille maksutonta. Lisäksi liitto järjestää koulutuksia alueen yhdistyksille.',
        'Förbundets rådgivare hjälper styrelsemedlemmar och anställda i föreningar till exempel med stadgeändringar, mötespraxis, ansökningar om understöd och rekrytering av frivilliga. Rådgivningen är avgiftsfri för medlemsföreningarna. Förbundet ordnar också utbildningar för föreningarna i regionen.',
        'The federation’s advisers help board members and staff of associations with, for example, changing the rules, meeting practices, grant applications and recruiting volunteers. Advice is free for member associations. The federation also runs training for the associations of the region.',
      ),
      targetGroups: ['KR2.7'],
      industrialClasses: ['94999'],
      serviceClasses: ['P8.4'],
      ontologyTerms: ['p1393', 'p4785', 'p3050', 'p23'],
    },
  },
  {
    key: 'language-cafe',
    owner: 'multicultural',
    connections: {
      'association-house': {
        description: fsv(
          'Kielikahvila kokoontuu Järjestötalon kahviossa keskiviikkoisin klo 17–19. Keskusteluja vetävät yhdistyksen vapaaehtoiset kielikaverit.',
          'Språkcaféet träffas i Organisationshusets kafé på onsdagar kl. 17–19. Samtalen leds av föreningens frivilliga språkvänner.',
          'The language café meets in the café of the Association House on Wednesdays, 17:00–19:00, hosted by the association’s volunteer language buddies.',
        ),
        serviceHours: meets(['wednesday'], '17:00', '19:00'),
      },
    },
    content: {
      type: 'Service',
      chargeType: 'Free',
      name: fsv('Kielikahvila', 'Språkcafé', 'Language café'),
      summary: fsv(
        'Harjoittele suomea tai ruotsia rennossa keskustelussa vapaaehtoisten kanssa.',
        'Öva finska eller svenska i avslappnade samtal med frivilliga.',
        'Practise Finnish or Swedish in relaxed conversation with volunteers.',
      ),
      description: fsv(
        'Kielikahvilassa keskustellaan pienissä ryhmissä arjen aiheista. Kaikki kielitaitotasot ovat tervetulleita, ja tarjolla on kahvia ja teetä. Vapaaehtoiset keskustelijat puhuvat äidinkielenään suomea tai ruotsia. Kahvilaan ei tarvitse ilmoittautua.',
        'I språkcaféet samtalar vi i små grupper om vardagliga ämnen. Alla nivåer är välkomna, och det bjuds på kaffe och te. De frivilliga samtalsledarna har finska eller svenska som modersmål. Du behöver inte anmäla dig.',
        'In the language café we talk about everyday topics in small groups. All levels are welcome, and coffee and tea are served. The volunteer hosts are native speakers of Finnish or Swedish. No registration is needed.',
      ),
      targetGroups: ['KR1'],
      lifeEvents: ['KE5'],
      serviceClasses: ['P22.3', 'P4.11'],
      ontologyTerms: ['p8856', 'p12469', 'p14004', 'p6165', 'p20390'],
    },
  },
  {
    key: 'listening-support',
    owner: 'mental-health',
    connections: {
      'mental-health-phone': {
        description: fsv(
          'Puheluihin vastaavat seuran koulutetut vapaaehtoiset.',
          'Samtalen besvaras av sällskapets utbildade frivilliga.',
          'Calls are answered by the society’s trained volunteers.',
        ),
      },
    },
    content: {
      type: 'Service',
      chargeType: 'Free',
      name: fsv('Keskusteluapua puhelimessa', 'Samtalsstöd per telefon', 'Listening support by phone'),
      summary: fsv(
        'Soita ja puhu nimettömänä huolista, yksinäisyydestä tai arjen kuormasta.',
        'Ring och prata anonymt om oro, ensamhet eller en tung vardag.',
        'Call and talk anonymously about worries, loneliness or everyday strain.',
      ),
      description: fsv(
        'Keskustelupuhelimeen voi soittaa, kun haluaa jakaa huolensa jonkun kanssa. Puheluihin vastaavat koulutetut vapaaehtoiset, jotka kuuntelevat ja tarvittaessa kertovat, mistä saa lisää apua. Soittaa voi nimettömänä. Kiireellisissä tilanteissa soita hätänumeroon 112.',
        'Du kan ringa samtalstelefonen när du vill dela din oro med någon. Samtalen besvaras av utbildade frivilliga som lyssnar och vid behov berättar var du kan få mer hjälp. Du kan ringa anonymt. I brådskande fall ring nödnumret 112.',
        'You can call the listening line when you want to share your worries with someone. Calls are answered by trained volunteers who listen and, if needed, tell you where to get more help. You can call anonymously. In an emergency, call 112.',
      ),
      targetGroups: ['KR1'],
      serviceClasses: ['P5.16', 'P5.7'],
      ontologyTerms: ['p28930', 'p1949', 'p6935', 'p13245', 'p20390'],
    },
  },
  {
    key: 'family-cafe',
    owner: 'families',
    connections: {
      'association-house': {
        description: fsv(
          'Perhekahvila on avoinna Järjestötalolla torstaisin klo 9.30–11.30. Kahvilaa vetää yhdistyksen perheohjaaja.',
          'Familjecaféet är öppet i Organisationshuset på torsdagar kl. 9.30–11.30. Caféet leds av föreningens familjehandledare.',
          'The family café is open at the Association House on Thursdays, 9:30–11:30, hosted by the association’s family worker.',
        ),
        serviceHours: meets(['thursday'], '09:30', '11:30', noSchoolHolidays),
      },
    },
    content: {
      type: 'Service',
      chargeType: 'Free',
      name: fsv('Perhekahvila', 'Familjecafé', 'Family café'),
      summary: fsv(
        'Avoin kohtaamispaikka vanhemmille ja pienille lapsille: leikkiä, juttuseuraa ja vertaistukea.',
        'En öppen mötesplats för föräldrar och små barn: lek, sällskap och kamratstöd.',
        'An open meeting place for parents and small children: play, company and peer support.',
      ),
      description: fsv(
        'Perhekahvilaan voi tulla lasten kanssa ilman ilmoittautumista. Lapset leikkivät, ja vanhemmat saavat seuraa ja vinkkejä arkeen toisilta vanhemmilta ja perheohjaajalta. Kahvila on maksuton, ja tarjolla on kahvia ja välipalaa.',
        'Till familjecaféet kan du komma med barnen utan anmälan. Barnen leker och föräldrarna får sällskap och tips för vardagen av andra föräldrar och av familjehandledaren. Caféet är avgiftsfritt och det bjuds på kaffe och mellanmål.',
        'Drop in with your children, no registration needed. The children play while parents get company and everyday tips from other parents and the family worker. The café is free, with coffee and snacks.',
      ),
      targetGroups: ['KR1.2'],
      serviceClasses: ['P3.6'],
      ontologyTerms: ['p13050', 'p3312', 'p12878', 'p20513'],
    },
  },
];
