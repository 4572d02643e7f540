/** Channels of the demo's associations: web pages, the federation's association house, a course registration and phone lines. */
import {
  eService,
  localCallNumbers,
  mainEntrance,
  phoneChannel,
  serviceLocation,
  webPage,
  weekly,
  type DemoChannelSpec,
} from './demo-channel-builders.ts';
import { fsv } from './demo-text.ts';

export const ASSOCIATION_CHANNELS: DemoChannelSpec[] = [
  webPage(
    {
      key: 'federation-web',
      owner: 'federation',
      name: fsv('Järjestöliiton verkkosivut', 'Organisationsförbundets webbplats', 'Federation website'),
      summary: fsv(
        'Jäsenyhdistysten toiminta, tapahtumat ja yhteystiedot.',
        'Medlemsföreningarnas verksamhet, evenemang och kontaktuppgifter.',
        'Activities, events and contact details of the member associations.',
      ),
    },
    'jarjestoliitto.example',
  ),
  serviceLocation(
    {
      key: 'association-house',
      owner: 'federation',
      name: fsv('Järjestötalo', 'Organisationshuset', 'Association House'),
      summary: fsv(
        'Yhdistysten ryhmät, kerhot ja neuvonta saman katon alla keskustassa.',
        'Föreningarnas grupper, klubbar och rådgivning under samma tak i centrum.',
        'Groups, clubs and advice of the associations under one roof in the town centre.',
      ),
    },
    {
      street: fsv('Jokikatu', 'Ågatan', 'Jokikatu'), streetNumber: '21', postalCode: '06100', coordinates: { lat: 60.3946, lon: 25.6661 },
      entrances: mainEntrance(
        fsv('Pääovi Jokikadulta', 'Huvudingång från Ågatan', 'Main entrance from Jokikatu'),
        fsv(
          'Sisäänkäynti on kadun tasossa, kynnys 2 cm.',
          'Ingången är i gatunivå, tröskel 2 cm.',
          'The entrance is at street level with a 2 cm threshold.',
        ),
      ),
    },
    weekly('09:00', '20:00'),
    { emails: [{ email: 'jarjestotalo@jarjestoliitto.example' }] },
  ),
  webPage(
    {
      key: 'sports-web',
      owner: 'sports',
      name: fsv('Liikunnan Ystävien verkkosivut', 'Motionsvännernas webbplats', 'Friends of Exercise website'),
      summary: fsv(
        'Ryhmät, kurssit, ohjaajat ja kausimaksut.',
        'Grupper, kurser, instruktörer och säsongsavgifter.',
        'Groups, courses, instructors and season fees.',
      ),
    },
    'liikunnanystavat.example',
  ),
  eService(
    {
      key: 'course-registration',
      owner: 'sports',
      name: fsv('Kurssi-ilmoittautuminen', 'Kursanmälan', 'Course registration'),
      summary: fsv(
        'Ilmoittaudu seuran kursseille verkossa ilman tunnistautumista.',
        'Anmäl dig till föreningens kurser på nätet utan identifiering.',
        'Sign up for the club’s courses online, no login needed.',
      ),
    },
    'liikunnanystavat.example',
    'courses',
    false,
  ),
  phoneChannel(
    {
      key: 'carers-phone',
      owner: 'carers',
      name: fsv('Omaishoitajien neuvontapuhelin', 'Rådgivningstelefon för närståendevårdare', 'Family carers’ advice line'),
      summary: fsv(
        'Neuvoa omaishoidon tukeen, vapaisiin ja jaksamiseen.',
        'Råd om stöd för närståendevård, ledighet och ork.',
        'Advice on carer support, days off and coping.',
      ),
    },
    localCallNumbers('40 000 5100', '40 000 5101', '40 000 5102'),
    weekly('10:00', '14:00', ['monday', 'wednesday', 'friday']),
  ),
  phoneChannel(
    {
      key: 'mental-health-phone',
      owner: 'mental-health',
      name: fsv('Keskustelupuhelin', 'Samtalstelefon', 'Listening line'),
      summary: fsv(
        'Vapaaehtoiset kuuntelevat, kun haluat puhua huolistasi.',
        'Frivilliga lyssnar när du vill prata om det som oroar dig.',
        'Volunteers listen when you want to talk about your worries.',
      ),
    },
    localCallNumbers('40 000 6100', '40 000 6101', '40 000 6102'),
    weekly('17:00', '21:00', ['monday', 'tuesday', 'wednesday', 'thursday']),
  ),
  webPage(
    {
      key: 'youth-web',
      owner: 'youth',
      name: fsv('Nuorisoseuran verkkosivut', 'Ungdomsföreningens webbplats', 'Youth association website'),
      summary: fsv(
        'Kerhot, leirit ja ilmoittautumiset nuorille.',
        'Klubbar, läger och anmälningar för unga.',
        'Clubs, camps and sign-ups for young people.',
      ),
    },
    'ungdomsforening.example',
  ),
];
