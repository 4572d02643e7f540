/**
 * Which organization offers which sample service (a PTV general description, by its id), through
 * which channels besides the organization's own, and in what state it ends.
 */
import type { ConnectionContent } from '../../domain/connection/connection.schema.ts';
import type { DemoState } from './demo-model.ts';

export interface ServicePlan {
  /** The key the service id derives from: the general description's id, or a name. */
  key: string;
  /** Key of the main responsible organization. */
  owner: string;
  state?: DemoState;
  /** Channels (by key) beyond the organization's own, with the connection's additional info. */
  connections?: Record<string, ConnectionContent>;
  /** An association (by key) the organization buys the service from (a purchased service, ostopalvelu). */
  purchasedFrom?: string;
}

const gd = (id: string, owner: string, channels: string[] = [], state: DemoState = 'published', purchasedFrom?: string): ServicePlan => ({
  key: id,
  owner,
  state,
  connections: Object.fromEntries(channels.map((channel) => [channel, {}])),
  ...(purchasedFrom ? { purchasedFrom } : {}),
});

/** The general-description services in the order they are seeded. */
export const GENERAL_DESCRIPTION_PLAN: ServicePlan[] = [
  gd('4853c910-5a39-4aae-a1a1-ac546fd9bcf4', 'porvoo', ['building-eservice']), // Rakennuslupa
  gd('040ea0b1-3edc-459a-86dd-127951de9d94', 'porvoo', ['building-eservice']), // Purkamislupa
  gd('176b2639-e0e2-4d3b-aa1b-4cd11d147aef', 'porvoo', ['porvoo-phone']), // Jätehuollon neuvonta
  gd('544659c4-34c5-4c58-8d57-0813d4e3fb58', 'porvoo', ['porvoo-phone']), // Vesihuolto
  gd('efea814e-5f05-428d-aa76-1216104eea95', 'porvoo', ['building-eservice']), // Liittyminen vesi- ja viemäriverkostoon
  gd('38512460-1ba8-4409-8926-d6a683efd769', 'porvoo', ['porvoo-phone']), // Pysäköinninvalvonta
  gd('635054a2-1cfc-45b2-9f6c-aebba696666c', 'porvoo', ['porvoo-phone']), // Katujen ja yleisten alueiden kunnossapito
  gd('9b35bcbb-928d-4935-8b25-2664873b987e', 'porvoo'), // Kuntalaisaloite
  gd('b1171fff-abc7-49bf-ba0b-f99730f45329', 'porvoo'), // Asemakaavoitukseen vaikuttaminen
  gd('0069c15e-4ec6-4bd2-b1eb-a771b889b10c', 'porvoo', ['porvoo-phone'], 'archived'), // Kunnan vuokra-asunnot
  gd('68c3bcf1-fe88-4ec0-9154-bebb1d510c79', 'porvoo', ['porvoo-phone'], 'scheduledArchive'), // Yrityksen perustajan neuvonta
  gd('57205629-30a6-4ba0-a658-e3b20f894f69', 'porvoo', ['street-permit-form']), // Katujen ja viheralueiden käyttöluvat
  gd('a4f39ae3-df0b-44b5-87a5-d4a0de1d980f', 'porvoo', [], 'draft'), // Tilojen vuokrauspalvelu
  gd('27d2f17f-085f-4686-82c7-c030cb6556ac', 'porvoo-education'), // Perusopetus
  gd('0a178e54-e994-4b7c-beb5-3cf0ca09488a', 'porvoo-education', ['education-eservice']), // Esiopetus
  gd('6153b653-b3b0-4348-baf4-99b7af9c3538', 'porvoo-education', ['school-transport-form']), // Koulukuljetus
  gd('53c26527-8e69-40b4-9702-a43c009c17cb', 'porvoo-education'), // Kouluruokailu
  gd('452bdcf1-4420-4892-a1dc-36830815580e', 'porvoo-education', ['education-eservice']), // Aamu- ja iltapäivätoiminta
  gd('c52233a0-2089-437d-b841-ae4676399976', 'porvoo-education', ['education-eservice']), // Kunnallinen perhepäivähoito
  gd('21bb37e8-0395-4e9d-a82d-67b35ae16b26', 'porvoo-education', ['education-eservice']), // Avoin varhaiskasvatuspalvelu
  gd('d7bd004b-b4ee-4f53-85e0-4d0dce13a344', 'porvoo-education'), // Maahanmuuttajien valmistava opetus
  gd('04dc2c0d-6dd2-4827-aae4-167a1cc4e881', 'porvoo-education'), // Oppilaanohjaus
  gd('19d221a3-d355-4763-a11d-aeb607ea56cd', 'porvoo-education'), // Suomen tai ruotsin opetus toisena kielenä
  gd('6d5b9dea-beb0-4458-b7f9-4d0bd982ccf7', 'porvoo-culture', ['main-library'], 'modified'), // Kirjastopalvelut
  gd('497f9445-5303-4fb1-83b8-1c05ee6b352b', 'porvoo-culture'), // Museopalvelut
  gd('4f9f203f-dd47-41c5-9955-1535e2583ae7', 'porvoo-culture'), // Nuorisotilat
  gd('3ba7c26b-37b3-41e0-a55a-680a422cbde5', 'porvoo-culture'), // Nuorisotyö
  gd('26ca68f9-bc6d-4aba-a02f-7387c8d38437', 'porvoo-culture', ['grants-eservice']), // Liikunnan kansalaistoiminnan tuki
  gd('25259693-b740-4159-8c7b-2393f6452b0d', 'porvoo-culture', ['grants-eservice']), // Kulttuurin kansalaistoiminnan tuki
  gd('8a27a266-dad6-4740-a355-71baebaa86d6', 'porvoo-culture'), // Kansalaisopisto
  gd('b022f60d-c4ed-4bab-b88e-d33d30c6f3ba', 'porvoo-culture'), // Taiteen perusopetus
  gd('f56e65c9-d0da-4ba5-962e-f510a91d6688', 'porvoo-culture'), // Leikkipuistot
  gd('a0a18850-f1ab-487c-8d0d-1b8f8539cf99', 'wellbeing-county', ['health-station', 'county-eservice']), // Lastenneuvola
  gd('0393fdbc-bbff-4cd8-a731-8e8a8bb7aa68', 'wellbeing-county', ['health-station']), // Äitiysneuvola
  gd('e42d5b96-e74f-4db8-8426-c1653ae02a78', 'wellbeing-county', ['health-station', 'county-eservice']), // Suun terveydenhuolto
  gd('210bbca4-c0dd-417a-9238-1128d87f5c34', 'wellbeing-county', ['health-station'], 'modified'), // Rokotuspalvelut
  gd('afc62344-191a-4e03-92f0-c93cee8c494d', 'wellbeing-county', ['health-station']), // Mielenterveyspalvelut
  gd('cbaa16ff-0282-477e-8c68-30d5388e7123', 'wellbeing-county'), // Kotihoito
  gd('3882647f-f171-4983-b8de-9b868b9cfcb3', 'wellbeing-county', ['carers-support-form']), // Omaishoidon tuki
  gd('4de2e1e7-c3c8-4b05-8e19-9d97c4ed0bd5', 'wellbeing-county'), // Kouluterveydenhuolto
  gd('eb05cfb3-652a-4436-9f6e-c2584d1b1bff', 'wellbeing-county', ['health-station']), // Fysioterapia
  gd('68ad1794-c899-499d-aaf1-35720cd785f3', 'wellbeing-county'), // Perheneuvola
  gd('1330a0cb-326c-4da6-94f3-b04eac57d73a', 'wellbeing-county', ['medical-helpline']), // Lääkäripäivystys
  gd('69b223dc-32b0-447c-a7cb-858876a304bf', 'wellbeing-county', ['county-eservice']), // Sosiaali- ja terveysneuvonta
  gd('e0c5ba06-5c31-4a5a-9eba-eb25f08f9802', 'wellbeing-county'), // Ikääntyvien palveluohjaus
  gd('8df9ccec-9943-47c7-bba9-d2e71abee4c5', 'wellbeing-county'), // Pelastustoiminta
  gd('5a55ead0-4221-43be-b7d0-b2fc23c1af61', 'wellbeing-county', [], 'draft'), // Palotarkastus
  gd('27cab03d-d1c2-4d48-9b60-e4024ac5921e', 'carers'), // Loma- ja virkistystoiminta (tuettuja lomia järjestävät järjestöt)
  gd('599f1f73-8e50-4a91-900a-47dbffbb9e06', 'wellbeing-county', [], 'published', 'families'), // Tukihenkilö- ja tukiperhetoiminta
  gd('f0834e7a-b711-4152-92d1-4773784e7185', 'wellbeing-county', ['mental-health-phone'], 'published', 'mental-health'), // Mielenterveyskuntoutujien palveluohjaus
  gd('df0c050e-7760-47b3-aa14-68a9a9c4bc48', 'porvoo', [], 'published', 'mental-health'), // Ehkäisevä päihdetyö
  gd('64c45258-fea0-440c-b67f-14fc0d6719c0', 'youth'), // Nuorten tieto- ja neuvontapalvelut
  gd('db40fe8b-17db-4fe6-b733-a7dee05ae157', 'youth', [], 'archived'), // Nuorten työpajat
  gd('32dbc06d-7559-474f-b116-c306c08ac508', 'porvoo-education', ['education-eservice'], 'modified'), // Kerhotoiminta
  gd('10e723f9-a525-4be8-adae-703c78986a72', 'wellbeing-county', [], 'draft'), // Perhetyö
  gd('64d6572c-aa48-4270-a7c7-3fc3b6da0721', 'porvoo', ['association-house'], 'published', 'multicultural'), // Maahanmuuttajien palveluohjaus
];
