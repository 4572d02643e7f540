/**
 * Passwords by mail: a person asks for a reset link (the answer is the same whether or not the
 * email is known), or activates an invitation by choosing a password. Both links work once.
 * Setting a password signs the person out everywhere else.
 */
import { hash } from '@node-rs/argon2';
import * as repo from '../../db/repositories/people.repository.ts';
import { ValidationError } from '../../domain/errors.ts';
import { THROTTLE_WINDOW_MINUTES } from '../../domain/people/sign-in-throttle.ts';
import { isUiLanguage } from '../../shared/language.ts';
import { SYSTEM_ACTOR, type Context } from '../context.ts';
import { audit } from '../catalogue/audit.ts';
import { passwordResetMail } from './mail-texts.ts';
import { MIN_PASSWORD } from './people.ts';
import { consumeToken, issueToken, linkTo, TOKEN_LIFETIME_MINUTES, type TokenPurpose } from './tokens.ts';
import { trySend } from './send-mail.ts';

export class InvalidTokenError extends ValidationError {
  constructor() {
    super([{ path: 'token', code: 'invalidToken', message: 'The link has already been used or has expired: ask for a new one' }]);
  }
}

/** At most this many reset mails per address in the throttle window: the form must not become a mail cannon. */
const RESETS_PER_WINDOW = 3;

/**
 * Mails a one-time reset link (60 minutes) when the email belongs to an active person; silent
 * otherwise, and silent after RESETS_PER_WINDOW requests for the same address.
 */
export async function requestPasswordReset(ctx: Context, email: string): Promise<void> {
  const normalized = email.trim().toLowerCase();
  const now = ctx.clock.now();
  const key = `reset:${normalized}`;
  const recent = await repo.countFailures(ctx.database.db, key, new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000));
  if (recent.failures >= RESETS_PER_WINDOW) return;
  await repo.insertFailures(ctx.database.db, [key], now);
  const user = await repo.findUserByEmail(ctx.database.db, normalized);
  if (!user || user.disabledAt) return;
  const issued = await ctx.database.db.transaction(async (tx) => {
    await audit(tx, { ...ctx, actor: { ...SYSTEM_ACTOR, type: 'user', id: user.id } }, { entityType: 'user', entityId: user.id, organizationId: null, action: 'requestPasswordReset' });
    return issueToken(tx, ctx, user.id, 'passwordReset', null);
  });
  const language = isUiLanguage(user.language) ? user.language : 'fi';
  const failed = await trySend(ctx, passwordResetMail({ to: user.email, language, link: linkTo(ctx, `/reset-password/${issued.token}`), validMinutes: TOKEN_LIFETIME_MINUTES.passwordReset }));
  // The answer must not reveal whether the email exists, so a failed mail is only logged by the caller's logger.
  if (failed) console.error(`password reset mail to a known person failed: ${failed}`);
}

function passwordViolations(password: string, confirmation: string | undefined) {
  const found = [];
  if (password.length < MIN_PASSWORD) found.push({ path: 'password', code: 'tooShort', message: `A password needs at least ${MIN_PASSWORD} characters` });
  if (password.length > 200) found.push({ path: 'password', code: 'tooLong', message: 'A password may have at most 200 characters' });
  if (confirmation !== undefined && confirmation !== password) found.push({ path: 'passwordConfirmation', code: 'mismatch', message: 'The passwords do not match' });
  return found;
}

/**
 * Uses up the token of `purpose` and sets the password (and the name, for an invitation).
 * Throws ValidationError naming the fields, or InvalidTokenError; changes nothing then.
 */
export async function setPasswordWithToken(ctx: Context, purpose: TokenPurpose, input: { token: string; password: string; passwordConfirmation?: string | undefined; name?: string | undefined }): Promise<{ userId: string; organizationId: string | null }> {
  const found = passwordViolations(input.password, input.passwordConfirmation);
  if (found.length) throw new ValidationError(found);
  const passwordHash = await hash(input.password);
  return ctx.database.db.transaction(async (tx) => {
    const token = await consumeToken(tx, ctx, input.token, purpose);
    if (!token) throw new InvalidTokenError();
    const now = ctx.clock.now();
    await repo.updateUser(tx, token.userId, { passwordHash, sessionsValidAfter: now, ...(input.name?.trim() ? { name: input.name.trim() } : {}) });
    const user = await repo.findUserById(tx, token.userId);
    if (user) await repo.clearFailures(tx, `email:${user.email}`);
    await audit(tx, { ...ctx, actor: { ...SYSTEM_ACTOR, type: 'user', id: token.userId } }, { entityType: 'user', entityId: token.userId, organizationId: token.organizationId, action: purpose === 'invitation' ? 'acceptInvitation' : 'resetPassword' });
    return { userId: token.userId, organizationId: token.organizationId };
  });
}
