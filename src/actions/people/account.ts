/** A person's own settings: name, UI and mail language, and whether the monthly digest comes. */
import * as repo from '../../db/repositories/people.repository.ts';
import { NotFoundError, ValidationError, type Violation } from '../../domain/errors.ts';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/language.ts';
import type { Context } from '../context.ts';
import { audit } from '../catalogue/audit.ts';

export interface AccountSettings {
  name: string | null;
  language: UiLanguage;
  digest: boolean;
}

export async function accountSettings(ctx: Context, userId: string): Promise<AccountSettings & { email: string }> {
  const user = await repo.findUserById(ctx.database.db, userId);
  if (!user) throw new NotFoundError('user', userId);
  return { email: user.email, name: user.name, language: (UI_LANGUAGES as readonly string[]).includes(user.language) ? (user.language as UiLanguage) : 'fi', digest: !user.digestOptOut };
}

/** Saves the settings; every violation is reported by field. */
export async function saveAccountSettings(ctx: Context, userId: string, input: { name: string; language: string; digest: boolean }): Promise<void> {
  const violations: Violation[] = [];
  const name = input.name.trim();
  if (name.length > 200) violations.push({ path: 'name', code: 'tooLong', message: 'The name can be 200 characters at most' });
  if (!(UI_LANGUAGES as readonly string[]).includes(input.language)) violations.push({ path: 'language', code: 'required', message: `Language must be one of ${UI_LANGUAGES.join(', ')}` });
  if (violations.length) throw new ValidationError(violations);
  await ctx.database.db.transaction(async (tx) => {
    if (!(await repo.findUserById(tx, userId))) throw new NotFoundError('user', userId);
    await repo.updateUser(tx, userId, { name: name || null, language: input.language, digestOptOut: !input.digest });
    await audit(tx, ctx, { entityType: 'user', entityId: userId, organizationId: null, action: 'updateAccount' });
  });
}
