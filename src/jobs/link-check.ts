/**
 * The link check job: records the links of all content first (the backfill also drops links
 * nothing holds), then checks the due ones. It waits on the network, so it holds no transaction:
 * every write is its own short statement, and a rerun after a crash only checks what is still due.
 */
import { checkLinks, type LinkCheckOptions } from '../actions/links/check-links.ts';
import { syncAllLinks } from '../actions/links/sync-links.ts';
import type { JobDefinition } from './runner.ts';

/** Payload fields override the checker's defaults (for manual runs); unknown fields are ignored. `backfill: false` skips the backfill. */
function optionsOf(payload: Record<string, unknown>): LinkCheckOptions {
  const options: LinkCheckOptions = {};
  for (const key of ['recheckHours', 'timeoutMs', 'concurrency', 'hostGapMs', 'limit'] as const) {
    const value = payload[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) options[key] = value;
  }
  return options;
}

export const linkCheckJob: JobDefinition = {
  name: 'link-check',
  maxAttempts: 3,
  inTransaction: false,
  async run(_db, ctx, payload) {
    if (payload.backfill !== false) await syncAllLinks(ctx);
    await checkLinks(ctx, optionsOf(payload));
  },
};
