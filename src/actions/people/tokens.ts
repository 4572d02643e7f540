/**
 * One-time tokens mailed to people (invitations, password resets). The token itself travels
 * only in the mail; the database keeps its SHA-256, so a leaked table gives no working link.
 */
import crypto from 'node:crypto';
import type { DbOrTx } from '../../db/db.ts';
import * as repo from '../../db/repositories/people.repository.ts';
import type { Context } from '../context.ts';

export type TokenPurpose = 'invitation' | 'passwordReset';

export const TOKEN_LIFETIME_MINUTES: Record<TokenPurpose, number> = { invitation: 7 * 24 * 60, passwordReset: 60 };

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Issues a new token (voiding the person's earlier open ones of the same purpose). */
export async function issueToken(db: DbOrTx, ctx: Context, userId: string, purpose: TokenPurpose, organizationId: string | null) {
  const now = ctx.clock.now();
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MINUTES[purpose] * 60_000);
  await repo.voidTokens(db, userId, purpose, now);
  await repo.insertToken(db, { id: crypto.randomUUID(), userId, purpose, tokenHash: hashToken(token), organizationId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

/** The token's row when it still works (for showing its form); it stays usable. */
export async function peekToken(ctx: Context, token: string, purpose: TokenPurpose) {
  if (!token || token.length > 200) return undefined;
  return repo.findUsableToken(ctx.database.db, hashToken(token), purpose, ctx.clock.now());
}

/** Uses the token up inside `db`'s transaction; undefined when it is used, expired or unknown. */
export async function consumeToken(db: DbOrTx, ctx: Context, token: string, purpose: TokenPurpose) {
  if (!token || token.length > 200) return undefined;
  return repo.consumeToken(db, hashToken(token), purpose, ctx.clock.now());
}

/** The absolute link of a page in the editor, for mails. */
export function linkTo(ctx: Context, pathname: string): string {
  return `${ctx.publicUrl ?? 'http://localhost:3000'}${pathname}`;
}
