/** People who sign in to the editor, and their roles per organization. */
import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
