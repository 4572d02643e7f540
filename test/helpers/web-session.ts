/**
 * A browser-like client for the editor over `app.inject()`: keeps cookies, reads the CSRF token
 * from the last page and posts forms as application/x-www-form-urlencoded.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export interface WebPage {
  status: number;
  body: string;
  location: string | undefined;
  headers: LightMyRequestResponse['headers'];
  response: LightMyRequestResponse;
}

export class WebSession {
  readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(
    readonly app: FastifyInstance,
    readonly headers: Record<string, string> = {},
  ) {}

  private remember(response: LightMyRequestResponse): WebPage {
    // raw Set-Cookie values: they stay URL-encoded as the server sent them
    const setCookie = response.headers['set-cookie'];
    for (const header of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair = '', ...attributes] = header.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (value === '' || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.csrf = token;
    const location = response.headers.location;
    return { status: response.statusCode, body: response.body, location: typeof location === 'string' ? location : undefined, headers: response.headers, response };
  }

  private cookieHeader(): Record<string, string> {
    return this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
  }

  async get(url: string): Promise<WebPage> {
    return this.remember(await this.app.inject({ method: 'GET', url, headers: { ...this.headers, ...this.cookieHeader() } }));
  }

  /** Posts a form with the current CSRF token (unless `_csrf` is given, or null to leave it out); a list repeats the field, like checkboxes. */
  async post(url: string, form: Record<string, string | string[] | null> = {}): Promise<WebPage> {
    const fields = new URLSearchParams();
    for (const [key, value] of Object.entries({ _csrf: this.csrf, ...form })) {
      if (value === null) continue;
      for (const each of Array.isArray(value) ? value : [value]) fields.append(key, each);
    }
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { ...this.headers, ...this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: fields.toString(),
      }),
    );
  }

  /** Follows a 303 redirect of `page` (one hop). */
  async follow(page: WebPage): Promise<WebPage> {
    if (!page.location) throw new Error(`no redirect: ${page.status}`);
    return this.get(page.location);
  }

  /** Signs in through the sign-in form; returns the page after the redirect. */
  async signIn(email: string, password: string): Promise<WebPage> {
    await this.get('/sign-in');
    const answer = await this.post('/sign-in', { email, password });
    if (answer.status !== 303) throw new Error(`sign-in failed: ${answer.status}`);
    return this.follow(answer);
  }
}

/** The text of the page without tags, for readable assertions. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
