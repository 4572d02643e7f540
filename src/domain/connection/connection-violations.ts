/** Who may connect which channel: the sharing rule of channels. */
import { violation, type Violation } from '../common/violation.ts';

export interface ConnectionParties {
  /** Organizations the service belongs to (the caller decides: its main responsible organization, or also the others). */
  serviceOrganizationIds: readonly string[];
  /** The channel's owner organization and whether it is shared for all (absent = true, the default). */
  channel: { organizationId: string; sharedForAll?: boolean };
}

/**
 * `notShared` when the service may not use the channel: a service may use its own organization's
 * channels and any channel shared for all; a channel not shared for all only within its owner
 * organization.
 */
export function connectionViolations({ serviceOrganizationIds, channel }: ConnectionParties): Violation[] {
  if (channel.sharedForAll !== false || serviceOrganizationIds.includes(channel.organizationId)) return [];
  return [violation('channelId', 'notShared', "The channel is not shared for all: only services of the channel's own organization can be connected to it.")];
}
