/** People who sign in to the editor, and their roles per organization. */
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  /** Lower-cased; unique. */
  email: text('email').notNull().unique(),
  /** argon2id hash; null until the person sets a password (an invitation). */
  passwordHash: text('password_hash'),
  name: text('name'),
  /** UI language: fi, sv or en. */
  language: text('language').notNull().default('fi'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  /** Sessions signed in before this moment are void (set on password change and sign-out everywhere). */
  sessionsValidAfter: timestamp('sessions_valid_after', { withTimezone: true }),
  lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  /** The person asked not to get the monthly digest email. */
  digestOptOut: boolean('digest_opt_out').notNull().default(false),
});

/**
 * A person's role in an organization (and its sub-organizations). One person may hold different
 * roles in several organizations. A system administrator has a row with organization_id null.
 */
export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The organization; the nil UUID stands for the whole system (system administrators). */
    organizationId: uuid('organization_id').notNull(),
    role: text('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organizationId] }), index('user_roles_org_idx').on(t.organizationId)],
);

/**
 * One-time tokens mailed to people: invitations and password resets. Only a SHA-256 of the token
 * is stored; a token works once (used_at) and until expires_at.
 */
export const userTokens = pgTable(
  'user_tokens',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The organization the invitation is for (null for password resets). */
    organizationId: uuid('organization_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('user_tokens_user_idx').on(t.userId, t.purpose)],
);

/**
 * Failed sign-ins, by key (an email or a client address): the sign-in throttle counts recent rows.
 * Rows for an email are kept whether or not a person has that email, so the throttle reveals nothing.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** How many failures this row stands for (always 1 today; room for compaction). */
    count: integer('count').notNull().default(1),
  },
  (t) => [index('sign_in_failures_key_idx').on(t.key, t.at)],
);
