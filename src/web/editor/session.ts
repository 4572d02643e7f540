/**
 * Editor sessions: an encrypted cookie (@fastify/secure-session; HttpOnly, SameSite=Lax, Secure
 * behind HTTPS) holding who signed in and when. The session ends after an idle period and at an
 * absolute limit, both measured with the application clock; a password change voids older
 * sessions (checked against the database on every request). CSRF tokens live in the session.
 */
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import secureSession from '@fastify/secure-session';
import csrf from '@fastify/csrf-protection';
import type { Context } from '../../actions/context.ts';
import { endSessionsOf, sessionPrincipal, type Principal } from '../../actions/people/session-principal.ts';
import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../../shared/language.ts';
import { translator, type MessageKey } from '../i18n.ts';
import type { PageContext } from './layout.tsx';

export interface SessionSettings {
  idleMinutes: number;
  maxHours: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = { idleMinutes: 60, maxHours: 12 };
export const SESSION_COOKIE = 'kuvaa_session';
/** The last-activity time is rewritten at most this often, so the cookie is not re-sent on every request. */
const TOUCH_AFTER_MS = 60_000;

/** A message for the next page: a message key and its values. */
export interface Flash {
  kind: NonNullable<PageContext['flash']>['kind'];
  key: MessageKey;
  vars?: Record<string, string>;
}

declare module '@fastify/secure-session' {
  interface SessionData {
    uid: string;
    /** Signed in at (ms since epoch, application clock). */
    iat: number;
    /** Last activity (ms). */
    seen: number;
    org: string | null;
    lang: UiLanguage;
    flash: Flash;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** Registers the session cookie, CSRF protection and the principal loader in `app`'s scope. */
export async function registerSessions(app: FastifyInstance, ctx: Context, settings: SessionSettings): Promise<void> {
  const key = Buffer.from(crypto.hkdfSync('sha256', ctx.tokenSecret ?? 'kuvaa-development-only-secret', 'kuvaa', 'editor session cookie', 32));
  await app.register(secureSession, {
    key,
    cookieName: SESSION_COOKIE,
    cookie: { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto' },
    expiry: settings.maxHours * 3600,
  });
  await app.register(csrf, {
    sessionPlugin: '@fastify/secure-session',
    getToken: (request) => (request.body as { _csrf?: string } | undefined)?._csrf ?? (request.headers['x-csrf-token'] as string | undefined),
  });
  app.addHook('preHandler', async (request) => {
    await loadPrincipal(ctx, settings, request);
  });
}

function endSignedIn(request: FastifyRequest): void {
  for (const key of ['uid', 'iat', 'seen', 'org'] as const) request.session.set(key, undefined);
}

async function loadPrincipal(ctx: Context, settings: SessionSettings, request: FastifyRequest): Promise<void> {
  const session = request.session;
  const userId = session.get('uid');
  if (!userId) return;
  const now = ctx.clock.now().getTime();
  const signedInAt = session.get('iat') ?? 0;
  const seen = session.get('seen') ?? 0;
  if (now - signedInAt > settings.maxHours * 3600_000 || now - seen > settings.idleMinutes * 60_000) {
    endSignedIn(request);
    session.set('flash', { kind: 'info', key: 'sessionExpired' });
    return;
  }
  const principal = await sessionPrincipal(ctx, { userId, signedInAt: new Date(signedInAt), activeOrganizationId: session.get('org') });
  if (!principal) return endSignedIn(request);
  request.principal = principal;
  if (now - seen > TOUCH_AFTER_MS) session.set('seen', now);
}

/** Starts a signed-in session (a fresh one: nothing of the anonymous session but the language). */
export function startSession(ctx: Context, request: FastifyRequest, userId: string): void {
  request.session.regenerate(['lang']);
  const now = ctx.clock.now().getTime();
  request.session.set('uid', userId);
  request.session.set('iat', now);
  request.session.set('seen', now);
}

/**
 * Ends the session. The cookie is stateless, so a copy of it could be replayed: signing out
 * therefore voids every session of the person signed in before now (on all their devices).
 */
export async function signOut(ctx: Context, request: FastifyRequest): Promise<void> {
  if (request.principal) await endSessionsOf(ctx, request.principal.user.id);
  request.session.regenerate(['lang']);
}

export function setFlash(request: FastifyRequest, flash: Flash): void {
  request.session.set('flash', flash);
}

/** The UI language: chosen in this session, else the person's own, else the browser's, else Finnish. */
export function languageOf(request: FastifyRequest): UiLanguage {
  const chosen = request.session.get('lang');
  if (chosen) return chosen;
  if (request.principal) return request.principal.user.language;
  const accepted = (request.headers['accept-language'] ?? '').split(',').map((part) => part.trim().slice(0, 2).toLowerCase());
  return accepted.find(isUiLanguage) ?? 'fi';
}

/** The translator of the request's UI language. */
export function translate(request: FastifyRequest) {
  return translator(languageOf(request));
}

/** What every page needs: language, translator, CSRF token, the principal and a pending flash message. */
export function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  const language = languageOf(request);
  const t = translator(language);
  const flash = request.session.get('flash');
  if (flash) request.session.set('flash', undefined);
  const url = new URL(request.url, 'http://kuvaa.local');
  url.searchParams.delete('lang');
  return {
    language,
    t,
    path: `${url.pathname}${url.search}`,
    csrf: reply.generateCsrf(),
    principal: request.principal,
    flash: flash ? { kind: flash.kind, text: t(flash.key, flash.vars) } : undefined,
  };
}

/** Remembers `?lang=xx` in the session. */
export function rememberLanguage(request: FastifyRequest): void {
  const lang = (request.query as { lang?: string } | undefined)?.lang;
  if (lang && (UI_LANGUAGES as readonly string[]).includes(lang)) request.session.set('lang', lang as UiLanguage);
}

/** preHandler of pages for signed-in people: others go to the sign-in page and come back. */
export async function requireSignIn(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.principal) return;
  const next = request.method === 'GET' ? request.url : '/editor';
  await reply.redirect(`/sign-in?next=${encodeURIComponent(next)}`, 303);
}

/** A local path to return to (never another site). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/editor';
}
