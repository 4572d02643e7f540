/**
 * The one permission table of Kuvaa: role × relation to the organization × entity type →
 * allowed actions. The write API, the editor and imports all ask `isAllowed`; nothing checks
 * rights by hand elsewhere.
 *
 * Relation is how the organization that owns the target (for a new organization: its parent)
 * stands to the organization the actor acts for: `own` (the same), `sub` (below it, at any
 * depth: rights cascade) or `other`.
 */
export const ROLES = ['systemAdministrator', 'mainUser', 'maintainer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** The roles a person or API client can have in an organization (system administrators act for the whole system). */
export const ORGANIZATION_ROLES = ['mainUser', 'maintainer', 'viewer'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export function isOrganizationRole(value: unknown): value is OrganizationRole {
  return (ORGANIZATION_ROLES as readonly unknown[]).includes(value);
}

export const RELATIONS = ['own', 'sub', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

/** `job`: the background job queue (only system administrators see it). */
export const ENTITY_TYPES = ['organization', 'service', 'channel', 'connection', 'user', 'apiClient', 'codeList', 'generalDescription', 'auditLog', 'job'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** read = drafts and history included (published content is open to everyone anyway). */
export const ACTIONS = ['read', 'create', 'update', 'publish', 'archive'] as const;
export type Action = (typeof ACTIONS)[number];

type Grants = Partial<Record<EntityType, readonly Action[]>>;

const ALL: readonly Action[] = ACTIONS;
/** People and API clients are not published: they are read, created, changed and removed (archive). */
const MANAGE: readonly Action[] = ['read', 'create', 'update', 'archive'];
const CONTENT: Grants = { service: ALL, channel: ALL, connection: ALL };

/** What each role may do within its own organization and the organizations below it. */
const TREE_GRANTS: Record<OrganizationRole, Grants> = {
  mainUser: { ...CONTENT, organization: ALL, user: MANAGE, apiClient: MANAGE, auditLog: ['read'] },
  maintainer: { ...CONTENT, organization: ['read', 'update', 'publish'] },
  viewer: { organization: ['read'], service: ['read'], channel: ['read'], connection: ['read'] },
};

/** Whether `role` may perform `action` on an `entityType` owned by an organization in `relation`. */
export function isAllowed(role: Role, relation: Relation, action: Action, entityType: EntityType): boolean {
  if (role === 'systemAdministrator') return true;
  if (relation === 'other') return false;
  if (entityType === 'codeList' || entityType === 'generalDescription') return action === 'read';
  return TREE_GRANTS[role][entityType]?.includes(action) ?? false;
}

/** Every (role, relation, action, entity type) with its verdict: the table the matrix tests walk. */
export function permissionMatrix(): { role: Role; relation: Relation; action: Action; entityType: EntityType; allowed: boolean }[] {
  return ROLES.flatMap((role) =>
    RELATIONS.flatMap((relation) =>
      ENTITY_TYPES.flatMap((entityType) => ACTIONS.map((action) => ({ role, relation, action, entityType, allowed: isAllowed(role, relation, action, entityType) }))),
    ),
  );
}
