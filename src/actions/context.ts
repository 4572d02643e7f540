/** What every action gets: the database, the clock, and who is acting. */
import type { Database } from '../db/db.ts';
import type { Clock } from '../adapters/clock.ts';
import type { Role } from '../domain/permissions/permissions.ts';
import type { Mailer } from '../adapters/mail.ts';
import { DEFAULT_MAINTENANCE, type MaintenanceSettings } from '../domain/maintenance/tasks.ts';

/** Who performs an action: an API client or person acting for an organization tree, or the system. */
export interface Actor {
  type: 'apiClient' | 'user' | 'system';
  id: string;
  /** The organization the actor acts for (with its sub-organizations); null = every organization. */
  organizationId: string | null;
  /** The actor's role in that organization (systemAdministrator for the whole system). */
  role: Role;
}

export const SYSTEM_ACTOR: Actor = { type: 'system', id: 'system', organizationId: null, role: 'systemAdministrator' };

export interface Context {
  database: Database;
  clock: Clock;
  actor?: Actor;
  /** Secret for signing API access tokens. */
  tokenSecret?: string;
  /** Id of the HTTP request being served, for the audit log. */
  requestId?: string;
  /** Sends invitations and password resets. */
  mailer?: Mailer;
  /** Public base URL, for links in mails (no trailing slash). */
  publicUrl?: string;
  /** Thresholds of the maintenance tasks and jobs (defaults: DEFAULT_MAINTENANCE). */
  maintenance?: MaintenanceSettings;
}

export function maintenanceOf(ctx: Context): MaintenanceSettings {
  return ctx.maintenance ?? DEFAULT_MAINTENANCE;
}

export function actorOf(ctx: Context): Actor {
  return ctx.actor ?? SYSTEM_ACTOR;
}

export function actorLabel(actor: Actor): string {
  return `${actor.type}:${actor.id}`;
}
