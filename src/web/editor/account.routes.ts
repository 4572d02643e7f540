/** /editor/account: the signed-in person's own settings (name, language, monthly digest). */
import type { FastifyInstance } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { accountSettings, saveAccountSettings } from '../../actions/people/account.ts';
import { ValidationError } from '../../domain/errors.ts';
import { isUiLanguage } from '../../shared/language.ts';
import { sendPage } from '../render.ts';
import { fieldErrors } from './form-errors.ts';
import { AccountPage } from './pages/account.page.tsx';
import { pageContext, requireSignIn, setFlash, translate } from './session.ts';
import { actingAs } from './acting.ts';

export function editorAccountRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.addHook('preHandler', requireSignIn);

    app.get('/', async (request, reply) => {
      const { email, ...form } = await accountSettings(ctx, request.principal!.user.id);
      return sendPage(reply, AccountPage, { page: pageContext(request, reply), email, form });
    });

    app.post<{ Body: Record<string, string | undefined> }>('/', { preHandler: app.csrfProtection }, async (request, reply) => {
      const body = request.body ?? {};
      const input = { name: body.name ?? '', language: body.language ?? '', digest: body.digest === '1' };
      const userId = request.principal!.user.id;
      try {
        await saveAccountSettings(actingAs(ctx, request), userId, input);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const { email } = await accountSettings(ctx, userId);
        const form = { name: input.name, language: isUiLanguage(input.language) ? input.language : 'fi', digest: input.digest } as const;
        return sendPage(reply, AccountPage, { page: pageContext(request, reply), email, form, errors: fieldErrors(error.violations, translate(request)) }, 400);
      }
      // the new language shows at once
      if (isUiLanguage(input.language)) request.session.set('lang', input.language);
      setFlash(request, { kind: 'success', key: 'accountSaved' });
      return reply.redirect('/editor/account', 303);
    });
  };
}
