/**
 * The link check: every due link (never checked, or checked `recheckHours` ago) is asked once,
 * a few at a time, politely per host, and each result is written in its own short statement (no
 * transaction is held while waiting on the network). Two failed checks in a row make a link
 * broken; one success clears it. Links with an exception are checked like the others: the
 * exception only keeps them out of the broken-link tasks.
 */
import * as repo from '../../db/repositories/links.repository.ts';
import type { Context } from '../context.ts';
import { HostGate, probeUrl } from './probe-url.ts';

export interface LinkCheckOptions {
  /** Hours before a checked link is due again (default 24; a tenth of it is slack, so a daily run rechecks yesterday's links). */
  recheckHours?: number;
  /** Per request (default 10 000). */
  timeoutMs?: number;
  /** Requests in flight at once, over all hosts (default 4). */
  concurrency?: number;
  /** Milliseconds from the end of one request to a host to the start of the next (default 1 000). */
  hostGapMs?: number;
  /** Redirects followed (default 5). */
  maxRedirects?: number;
  /** Links per run at most (default 10 000). */
  limit?: number;
  /** No new link is started after this long (default 8 minutes: the job runner takes back jobs running over 10). */
  maxDurationMs?: number;
  /** Check addresses in private networks too (tests; default false). */
  allowPrivateAddresses?: boolean;
}

export interface LinkCheckSummary {
  checked: number;
  ok: number;
  failed: number;
  /** 429 answers: neither failure nor success. */
  later: number;
  /** Links broken after this run's check. */
  broken: number;
  /** Due links left for the next run (the time or count limit was reached). */
  left: number;
}

type DueLink = Awaited<ReturnType<typeof repo.listDueLinks>>[number];

/** The User-Agent of the checker: names Kuvaa and, when known, the site that runs it. */
export function linkCheckerUserAgent(publicUrl: string | undefined): string {
  return `Kuvaa-link-checker/1.0 (${publicUrl ? `+${publicUrl}; ` : ''}checks links in an open service catalogue)`;
}

/** Checks the due links; see LinkCheckOptions for the defaults. Never throws for a link that fails. */
export async function checkLinks(ctx: Context, options: LinkCheckOptions = {}): Promise<LinkCheckSummary> {
  const recheckHours = options.recheckHours ?? 24;
  const maxDurationMs = options.maxDurationMs ?? 8 * 60_000;
  const now = ctx.clock.now();
  const dueBefore = new Date(now.getTime() - recheckHours * 0.9 * 3600_000);
  const due = await repo.listDueLinks(ctx.database.db, dueBefore, options.limit ?? 10_000);
  const queue = new HostQueue(due);
  const gate = new HostGate(options.hostGapMs ?? 1000);
  const probe = {
    timeoutMs: options.timeoutMs ?? 10_000,
    maxRedirects: options.maxRedirects ?? 5,
    userAgent: linkCheckerUserAgent(ctx.publicUrl),
    allowPrivateAddresses: options.allowPrivateAddresses ?? false,
    gate,
  };
  const summary: LinkCheckSummary = { checked: 0, ok: 0, failed: 0, later: 0, broken: 0, left: 0 };
  const started = performance.now();
  const worker = async () => {
    for (let link = queue.take(gate); link; link = queue.take(gate)) {
      if (performance.now() - started > maxDurationMs) return;
      const result = await probeUrl(link.url, probe);
      const broken = await repo.recordCheck(ctx.database.db, link.id, result, ctx.clock.now());
      summary.checked++;
      summary[result.outcome]++;
      if (broken) summary.broken++;
    }
  };
  // a worker that fails (the database went away) does not stop the others mid-request
  const outcomes = await Promise.allSettled(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  summary.left = due.length - summary.checked;
  return summary;
}

/** Due links grouped by host; `take` prefers the host that can be asked soonest, so workers do not queue behind one host. */
class HostQueue {
  private readonly byHost = new Map<string, DueLink[]>();

  constructor(links: DueLink[]) {
    for (const link of links) {
      const list = this.byHost.get(link.host);
      if (list) list.push(link);
      else this.byHost.set(link.host, [link]);
    }
  }

  take(gate: HostGate): DueLink | undefined {
    let best: string | undefined;
    for (const host of this.byHost.keys()) {
      if (best === undefined || gate.readyAt(host) < gate.readyAt(best)) best = host;
    }
    if (best === undefined) return undefined;
    const links = this.byHost.get(best)!;
    const link = links.shift();
    if (links.length === 0) this.byHost.delete(best);
    return link;
  }
}
