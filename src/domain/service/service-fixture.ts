/** A complete, publishable service for the service tests; each test overrides what it checks. */
import type { ServiceContent } from './service.schema.ts';

export const MAIN_ORG = '11111111-1111-4111-8111-111111111111';
export const OTHER_ORG = '22222222-2222-4222-8222-222222222222';

/** A Finnish and Swedish NGO service that passes every rule. */
export function completeService(overrides: Partial<ServiceContent> = {}): ServiceContent {
  return {
    type: 'Service',
    fundingType: 'Private',
    chargeType: 'Free',
    languages: ['fi', 'sv'],
    name: { fi: 'Vertaistukiryhmä vanhemmille', sv: 'Kamratstödsgrupp för föräldrar' },
    summary: { fi: 'Vanhemmat tapaavat toisiaan ohjatussa ryhmässä.', sv: 'Föräldrar träffas i en ledd grupp.' },
    description: { fi: 'Ryhmä kokoontuu kerran viikossa.', sv: 'Gruppen träffas en gång i veckan.' },
    areaType: 'LimitedType',
    areas: [{ type: 'Municipality', code: '091' }],
    mainResponsibleOrganizationId: MAIN_ORG,
    otherResponsibleOrganizationIds: [OTHER_ORG],
    producers: [{ provisionType: 'SelfProduced', organizationIds: [MAIN_ORG] }],
    legislation: [{ name: { fi: 'Sosiaalihuoltolaki', sv: 'Socialvårdslag' }, url: { fi: 'https://finlex.fi/fi/laki/ajantasa/2014/20141301', sv: 'https://finlex.fi/sv/laki/ajantasa/2014/20141301' } }],
    targetGroups: ['KR1.2'],
    serviceClasses: ['P1.1'],
    ontologyTerms: ['p100', 'http://www.yso.fi/onto/yso/p101'],
    keywords: { fi: ['vertaistuki'] },
    lifeEvents: ['KE1'],
    ...overrides,
  };
}
