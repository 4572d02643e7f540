/**
 * Signing in to the editor, with a throttle that slows down password guessing without telling
 * whether an email exists: failures are counted per email and per client address alike.
 */
import * as repo from '../../db/repositories/people.repository.ts';
import { retryAfterSeconds, THROTTLE_WINDOW_MINUTES } from '../../domain/people/sign-in-throttle.ts';
import type { Context } from '../context.ts';
import { checkPassword } from './people.ts';
import { audit } from '../catalogue/audit.ts';
import { SYSTEM_ACTOR } from '../context.ts';

export type SignInResult = { outcome: 'signedIn'; userId: string } | { outcome: 'invalid' } | { outcome: 'throttled'; retryAfterSeconds: number };

const keys = (email: string, address: string) => ({ email: `email:${email.trim().toLowerCase()}`, address: `address:${address}` });

/** Checks the credentials unless the throttle says wait; records failures and the sign-in time. */
export async function signIn(ctx: Context, input: { email: string; password: string; clientAddress: string }): Promise<SignInResult> {
  const db = ctx.database.db;
  const now = ctx.clock.now();
  const key = keys(input.email, input.clientAddress);
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const wait = retryAfterSeconds({ email: await repo.countFailures(db, key.email, since), address: await repo.countFailures(db, key.address, since) }, now);
  if (wait > 0) return { outcome: 'throttled', retryAfterSeconds: wait };
  const userId = await checkPassword(ctx, input.email, input.password);
  if (!userId) {
    await repo.insertFailures(db, [key.email, key.address], now);
    await repo.pruneFailures(db, new Date(now.getTime() - 24 * 3600_000));
    return { outcome: 'invalid' };
  }
  await db.transaction(async (tx) => {
    await repo.clearFailures(tx, key.email);
    await repo.updateUser(tx, userId, { lastSignInAt: now });
    await audit(tx, { ...ctx, actor: { ...SYSTEM_ACTOR, type: 'user', id: userId } }, { entityType: 'user', entityId: userId, organizationId: null, action: 'signIn' });
  });
  return { outcome: 'signedIn', userId };
}
