/**
 * The demo catalogue as data: every organization, channel, service and connection with its id
 * and content, and the state each entity ends in. Pure and deterministic: the same sample file
 * and code lists give the same catalogue, ids included.
 */
import type { CodeLookup } from '../../domain/codelist/lookup.ts';
import type { ConnectionContent } from '../../domain/connection/connection.schema.ts';
import { LIMITS } from '../../domain/common/text-rules.ts';
import type { ServiceContent } from '../../domain/service/service.schema.ts';
import type { LocalizedText } from '../../shared/language.ts';
import { ASSOCIATION_CHANNELS } from './demo-association-channels.ts';
import { ASSOCIATION_SERVICES } from './demo-association-services.ts';
import { DEMO_ASSOCIATIONS } from './demo-associations.ts';
import { channelId, organizationId, serviceId, type DemoCatalogue, type DemoConnection, type DemoEntity, type DemoState } from './demo-model.ts';
import { PUBLIC_ORGANIZATIONS, type DemoOrganizationSpec } from './demo-organizations.ts';
import { PUBLIC_CHANNELS } from './demo-public-channels.ts';
import { GENERAL_DESCRIPTION_PLAN, type ServicePlan } from './demo-service-plan.ts';
import { DEMO_LANGUAGES, appendParagraph, fsv } from './demo-text.ts';
import { generalDescriptions, serviceFromGeneralDescription } from './general-descriptions.ts';

/** What a `modified` entity's working copy adds to its description after publishing. */
const UPDATE_NOTE = fsv(
  'Kuvausta päivitetään: muutokset julkaistaan pian.',
  'Beskrivningen uppdateras: ändringarna publiceras snart.',
  'This description is being updated: the changes will be published soon.',
);

function entity<C extends { description?: LocalizedText }>(id: string, key: string, content: C, state: DemoState): DemoEntity<C> {
  const edited = state === 'modified' ? { ...content, description: appendParagraph(content.description, UPDATE_NOTE, LIMITS.description) } : undefined;
  return { key, id, content, state, ...(edited ? { edited } : {}) };
}

/** Builds the whole demo catalogue; codes missing from `lookup` are left out of the sample services. */
export function buildDemoCatalogue(lookup: CodeLookup): DemoCatalogue {
  const organizationSpecs = [...PUBLIC_ORGANIZATIONS, ...DEMO_ASSOCIATIONS];
  const owners = new Map(organizationSpecs.map((spec) => [spec.key, spec]));
  const catalogue: DemoCatalogue = {
    organizations: organizationSpecs.map((spec) => entity(organizationId(spec.key), `organization:${spec.key}`, spec.content, spec.state)),
    channels: [...PUBLIC_CHANNELS, ...ASSOCIATION_CHANNELS].map((spec) => entity(spec.id, `channel:${spec.key}`, spec.content, spec.state)),
    services: [],
    connections: [],
  };
  const samples = generalDescriptions();
  for (const plan of GENERAL_DESCRIPTION_PLAN) {
    const sample = samples.get(plan.key);
    if (!sample) throw new Error(`The demo sample file has no general description ${plan.key}`);
    addService(catalogue, plan, ownerOf(owners, plan), serviceFromGeneralDescription(sample, lookup));
  }
  for (const spec of ASSOCIATION_SERVICES) {
    addService(catalogue, spec, ownerOf(owners, spec), { ...spec.content, languages: DEMO_LANGUAGES });
  }
  return catalogue;
}

function ownerOf(owners: Map<string, DemoOrganizationSpec>, plan: ServicePlan): DemoOrganizationSpec {
  const owner = owners.get(plan.owner);
  if (!owner) throw new Error(`Demo service ${plan.key} names an unknown organization ${plan.owner}`);
  return owner;
}

/** The service with its owner's part (funding, area, responsible organization, producer) and its connections. */
function addService(catalogue: DemoCatalogue, plan: ServicePlan, owner: DemoOrganizationSpec, content: ServiceContent): void {
  const id = serviceId(plan.key);
  const ownerId = organizationId(owner.key);
  const full: ServiceContent = {
    ...content,
    fundingType: owner.ngo ? 'Private' : 'Public',
    areaType: 'LimitedType',
    areas: owner.serviceAreas,
    mainResponsibleOrganizationId: ownerId,
    producers: plan.purchasedFrom
      ? [{ provisionType: 'PurchasedServices', organizationIds: [organizationId(plan.purchasedFrom)] }]
      : [{ provisionType: 'SelfProduced', organizationIds: [ownerId] }],
  };
  catalogue.services.push(entity(id, `service:${plan.key}`, full, plan.state ?? 'published'));
  const connections = new Map<string, ConnectionContent>(owner.channels.map((key) => [key, {}]));
  for (const [key, connection] of Object.entries(plan.connections ?? {})) connections.set(key, connection);
  for (const [key, connection] of connections) catalogue.connections.push({ serviceId: id, channelId: channelId(key), content: connection } satisfies DemoConnection);
}
