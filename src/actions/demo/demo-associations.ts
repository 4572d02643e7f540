/**
 * The demo's associations (all fictitious): a regional federation whose member associations are
 * its sub-organizations, and a section of one member (a third level).
 */
import { association, EAST_UUSIMAA, PORVOO, type DemoOrganizationSpec } from './demo-organizations.ts';
import { fsv } from './demo-text.ts';

const local = [PORVOO];
const regional = [EAST_UUSIMAA];

/** The associations, parents before their sub-organizations. */
export const DEMO_ASSOCIATIONS: DemoOrganizationSpec[] = [
  association({
    key: 'federation',
    name: fsv('Itä-Uudenmaan Järjestöliitto ry', 'Östra Nylands Organisationsförbund rf', 'East Uusimaa Federation of Associations'),
    summary: fsv(
      'Alueen yhdistysten yhteistyöjärjestö: neuvontaa, koulutusta ja yhteiset tilat.',
      'Samarbetsorganisation för föreningarna i regionen: rådgivning, utbildning och gemensamma lokaler.',
      'An umbrella for the associations of the region: advice, training and shared premises.',
    ),
    description: fsv(
      'Liittoon kuuluu liikunta-, sosiaali- ja terveys-, nuoriso- ja kulttuuriyhdistyksiä. Liitto ylläpitää Porvoon keskustassa järjestötaloa, jonka tiloja jäsenyhdistykset voivat käyttää kokoontumisiin ja ryhmiin.',
      'Till förbundet hör idrotts-, social- och hälsovårds-, ungdoms- och kulturföreningar. Förbundet upprätthåller ett organisationshus i Borgå centrum, där medlemsföreningarna kan ordna möten och grupper.',
      'Its members are sports, social and health, youth and culture associations. The federation runs an association house in the centre of Porvoo where member associations can hold meetings and groups.',
    ),
    host: 'jarjestoliitto.example',
    areas: regional,
  }, '19 000 3000', ['federation-web', 'association-house'], 'modified'),
  association({
    key: 'sports',
    parent: 'federation',
    name: fsv('Porvoon Liikunnan Ystävät ry', 'Borgå Motionsvänner rf', 'Porvoo Friends of Exercise'),
    summary: fsv(
      'Liikuntaseura, jonka ryhmissä liikkuvat kaikenikäiset.',
      'En idrottsförening med grupper för alla åldrar.',
      'A sports club with exercise groups for all ages.',
    ),
    description: fsv(
      'Seura järjestää ohjattuja liikuntaryhmiä ja kursseja kaupungin kouluilla ja liikuntapaikoilla. Ryhmiä ohjaavat koulutetut ohjaajat.',
      'Föreningen ordnar ledda motionsgrupper och kurser i stadens skolor och idrottsanläggningar. Grupperna leds av utbildade instruktörer.',
      'The club organises instructed exercise groups and courses in the city’s schools and sports facilities. The groups are led by trained instructors.',
    ),
    host: 'liikunnanystavat.example',
    areas: local,
  }, '40 000 4000', ['sports-web']),
  association({
    key: 'sports-seniors',
    parent: 'sports',
    name: fsv(
      'Porvoon Liikunnan Ystävät ry, senioriliikuntajaosto',
      'Borgå Motionsvänner rf, seniorsektionen',
      'Porvoo Friends of Exercise, Seniors’ Section',
    ),
    summary: fsv(
      'Seuran jaosto, joka järjestää liikuntaa ikääntyneille.',
      'Föreningens sektion som ordnar motion för äldre.',
      'The club’s section that organises exercise for older people.',
    ),
    description: fsv(
      'Jaosto suunnittelee seuran senioriryhmien ohjelman ja kouluttaa vapaaehtoisia liikuntakavereita.',
      'Sektionen planerar programmet för föreningens seniorgrupper och utbildar frivilliga motionskompisar.',
      'The section plans the programme of the club’s seniors’ groups and trains volunteer exercise buddies.',
    ),
    host: 'liikunnanystavat.example',
    areas: local,
  }, '40 000 4001', ['sports-web']),
  association({
    key: 'carers',
    parent: 'federation',
    name: fsv('Itä-Uudenmaan Omaishoitajat ry', 'Östra Nylands Närståendevårdare rf', 'East Uusimaa Family Carers'),
    summary: fsv(
      'Tukea, virkistystä ja vertaistukea omaishoitajille.',
      'Stöd, rekreation och kamratstöd för närståendevårdare.',
      'Support, recreation and peer support for family carers.',
    ),
    description: fsv(
      'Yhdistys tukee läheistään hoitavia neuvonnalla, vertaisryhmillä ja virkistystoiminnalla koko Itä-Uudenmaan alueella.',
      'Föreningen stöder dem som vårdar en anhörig med rådgivning, kamratgrupper och rekreation i hela Östra Nyland.',
      'The association supports people caring for a close relative with advice, peer groups and recreation throughout East Uusimaa.',
    ),
    host: 'omaishoitajat.example',
    areas: regional,
  }, '40 000 5000', ['carers-phone', 'federation-web']),
  association({
    key: 'mental-health',
    parent: 'federation',
    name: fsv('Porvoon Mielenterveysseura ry', 'Borgå Mentalvårdssällskap rf', 'Porvoo Mental Health Society'),
    summary: fsv(
      'Keskusteluapua, vertaisryhmiä ja ehkäisevää mielenterveystyötä.',
      'Samtalsstöd, kamratgrupper och förebyggande arbete för psykisk hälsa.',
      'Someone to talk to, peer groups and preventive mental health work.',
    ),
    description: fsv(
      'Seura tarjoaa maksutonta keskusteluapua puhelimessa ja järjestötalolla sekä ohjaa tarvittaessa hyvinvointialueen palveluihin.',
      'Sällskapet erbjuder avgiftsfritt samtalsstöd per telefon och i organisationshuset och hänvisar vid behov till välfärdsområdets tjänster.',
      'The society offers free support by phone and at the association house and refers people to the wellbeing services county when needed.',
    ),
    host: 'mielenterveysseura.example',
    areas: local,
  }, '40 000 6000', ['mental-health-phone', 'association-house']),
  association({
    key: 'youth',
    parent: 'federation',
    name: fsv('Porvoon Nuorisoseura ry', 'Borgå Ungdomsförening rf', 'Porvoo Youth Association'),
    summary: fsv(
      'Harrastuksia ja kohtaamispaikka nuorille suomeksi ja ruotsiksi.',
      'Hobbyer och en mötesplats för unga på svenska och finska.',
      'Hobbies and a meeting place for young people in Swedish and Finnish.',
    ),
    description: fsv(
      'Nuorisoseura järjestää kerhoja, leirejä ja nuorten tieto- ja neuvontapalvelua. Toimintaa ohjaavat nuoriso-ohjaajat ja vapaaehtoiset.',
      'Ungdomsföreningen ordnar klubbar, läger och informations- och rådgivningstjänster för unga. Verksamheten leds av ungdomsledare och frivilliga.',
      'The association runs clubs, camps and youth information and advice. Activities are led by youth workers and volunteers.',
    ),
    host: 'ungdomsforening.example',
    areas: local,
  }, '40 000 7000', ['youth-web']),
  association({
    key: 'families',
    parent: 'federation',
    name: fsv('Porvoon Perheyhdistys ry', 'Borgå Familjeförening rf', 'Porvoo Family Association'),
    summary: fsv(
      'Kerhoja, perhetoimintaa ja tukea lapsiperheiden arkeen.',
      'Klubbar, familjeverksamhet och stöd i barnfamiljernas vardag.',
      'Clubs, family activities and support for everyday family life.',
    ),
    description: fsv(
      'Yhdistys järjestää lasten kerhoja ja perhetoimintaa järjestötalolla sekä vapaaehtoista perhetyötä yhteistyössä hyvinvointialueen kanssa.',
      'Föreningen ordnar barnklubbar och familjeverksamhet i organisationshuset samt frivilligt familjearbete i samarbete med välfärdsområdet.',
      'The association runs children’s clubs and family activities at the association house and volunteer family work together with the wellbeing services county.',
    ),
    host: 'perheyhdistys.example',
    areas: local,
  }, '40 000 8000', ['federation-web', 'association-house']),
  association({
    key: 'multicultural',
    parent: 'federation',
    name: fsv('Itä-Uudenmaan Monikulttuurinen yhdistys ry', 'Östra Nylands Mångkulturella Förening rf', 'East Uusimaa Multicultural Association'),
    summary: fsv(
      'Neuvontaa ja kohtaamisia maahan muuttaneille ja kantaväestölle.',
      'Rådgivning och möten för inflyttade och för dem som bott här länge.',
      'Advice and meeting places for newcomers and long-time residents alike.',
    ),
    description: fsv(
      'Yhdistys neuvoo maahan muuttaneita arjen asioissa ja järjestää kielikahviloita, joissa voi harjoitella suomea ja ruotsia.',
      'Föreningen ger inflyttade råd i vardagliga ärenden och ordnar språkcaféer där man kan öva finska och svenska.',
      'The association advises newcomers on everyday matters and runs language cafés for practising Finnish and Swedish.',
    ),
    host: 'monikulttuurinen.example',
    areas: regional,
  }, '40 000 9000', ['federation-web', 'association-house']),
];
