/**
 * Static assets of the editor: the Suomi.fi design tokens as CSS custom properties (generated
 * from `suomifi-design-tokens` at start), Kuvaa's style sheet and htmx. Served with a version in
 * the path, so they can be cached for a year.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { suomifiDesignTokens } from 'suomifi-design-tokens';

const require = createRequire(import.meta.url);
const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** `:root` custom properties for colours, spacing and radiuses, and a class per text style. */
export function tokensCss(): string {
  const t = suomifiDesignTokens;
  const vars = [
    ...Object.entries(t.colors).map(([name, value]) => `--fi-color-${kebab(name)}: ${value};`),
    ...Object.entries(t.spacing).map(([name, value]) => `--fi-spacing-${kebab(name)}: ${value};`),
    ...Object.entries(t.radiuses).map(([name, value]) => `--fi-radius-${kebab(name)}: ${value};`),
  ];
  const text = Object.entries(t.typography).map(([name, rule]) => `.fi-text-${kebab(name)} { ${rule} }`);
  return `:root {\n  ${vars.join('\n  ')}\n}\n${text.join('\n')}\n`;
}

interface Asset {
  body: string | Buffer;
  type: string;
}

function load(): Record<string, Asset> {
  return {
    'tokens.css': { body: tokensCss(), type: 'text/css; charset=utf-8' },
    'kuvaa.css': { body: fs.readFileSync(new URL('./assets/kuvaa.css', import.meta.url)), type: 'text/css; charset=utf-8' },
    'kuvaa.js': { body: fs.readFileSync(new URL('./assets/kuvaa.js', import.meta.url)), type: 'text/javascript; charset=utf-8' },
    'htmx.min.js': { body: fs.readFileSync(require.resolve('htmx.org/dist/htmx.min.js')), type: 'text/javascript; charset=utf-8' },
  };
}

const assets = load();
/** Changes whenever any asset changes: part of every asset URL. */
export const ASSET_VERSION = crypto
  .createHash('sha256')
  .update(Object.values(assets).map((a) => a.body).join('\n'))
  .digest('hex')
  .slice(0, 10);

export const assetUrl = (name: string) => `/assets/${ASSET_VERSION}/${name}`;

export async function assetRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { version: string; name: string } }>('/assets/:version/:name', { schema: { hide: true } }, async (request, reply) => {
    const asset = assets[request.params.name];
    if (!asset) return reply.callNotFound();
    const current = request.params.version === ASSET_VERSION;
    return reply
      .type(asset.type)
      .header('cache-control', current ? 'public, max-age=31536000, immutable' : 'no-cache')
      .send(asset.body);
  });
}
