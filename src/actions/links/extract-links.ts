/**
 * Finds the http(s) addresses in an entity's content: whole-value URLs (a web page's url.fi) and
 * URLs written inside texts. Pure: no I/O.
 */

export interface FoundLink {
  /** Normalized: trimmed, without the #fragment, query kept (as WHATWG URL serializes it). */
  url: string;
  /** hostname:port as the URL gives it (the port only when not the default); the politeness key. */
  host: string;
  /** Where the URL occurs, e.g. `webPages.0.url.fi`, sorted. */
  paths: string[];
}

/** Code lists whose values may be URIs (YSO terms) that identify, not link. */
const IDENTIFIER_KEYS = new Set(['ontologyTerms', 'serviceClasses', 'targetGroups', 'lifeEvents', 'industrialClasses']);
const URL_IN_TEXT = /https?:\/\/[^\s<>"'`{}|\\^]+/gi;
const MAX_URL_LENGTH = 2048;

/** The normalized URL and its host, or undefined when `raw` is not a usable http(s) address. */
export function normalizeUrl(raw: string): { url: string; host: string } | undefined {
  let candidate = raw.trim().replace(/[.,;:!?'"]+$/, '');
  // a closing parenthesis ends the URL unless the URL opened one: "(see https://x.fi/a)"
  while (candidate.endsWith(')') && !candidate.includes('(')) candidate = candidate.slice(0, -1).replace(/[.,;:!?]+$/, '');
  if (candidate.length > MAX_URL_LENGTH) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return undefined;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return undefined;
  parsed.hash = '';
  return { url: parsed.href, host: parsed.host };
}

/** Every http(s) URL in `content` once, with the paths where it occurs. */
export function extractLinks(content: unknown): FoundLink[] {
  const found = new Map<string, { host: string; paths: Set<string> }>();
  const add = (raw: string, path: string) => {
    const normalized = normalizeUrl(raw);
    if (!normalized) return;
    const entry = found.get(normalized.url) ?? { host: normalized.host, paths: new Set<string>() };
    entry.paths.add(path);
    found.set(normalized.url, entry);
  };
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      for (const match of value.matchAll(URL_IN_TEXT)) add(match[0], path);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, path ? `${path}.${index}` : String(index)));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (!path && IDENTIFIER_KEYS.has(key)) continue;
        walk(child, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(content, '');
  return [...found].map(([url, { host, paths }]) => ({ url, host, paths: [...paths].sort() }));
}
