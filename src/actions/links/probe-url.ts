/**
 * Checks one address over HTTP the way a careful robot does: HEAD first (GET when the server
 * refuses HEAD), redirects followed by hand with loop detection, a timeout per request, every
 * request through the host gate (one at a time per host, with a gap). The body is never read.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { CheckResult } from '../../db/repositories/links.repository.ts';

export interface ProbeOptions {
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  /** false: addresses in private, loopback and link-local networks fail without a request (SSRF). */
  allowPrivateAddresses: boolean;
  gate: HostGate;
}

/** Statuses some servers give to HEAD only; the check asks again with GET. */
const HEAD_REFUSED = new Set([403, 405, 501]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * One request at a time per host, and at least `gapMs` from the end of one request to the start
 * of the next to the same host. Measured with the monotonic clock, not the injected one.
 */
export class HostGate {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly lastEnd = new Map<string, number>();
  private readonly pending = new Map<string, number>();

  constructor(private readonly gapMs: number) {}

  /** When a request to `host` could start (Infinity while one runs or waits). */
  readyAt(host: string): number {
    if ((this.pending.get(host) ?? 0) > 0) return Infinity;
    return (this.lastEnd.get(host) ?? -Infinity) + this.gapMs;
  }

  run<T>(host: string, request: () => Promise<T>): Promise<T> {
    this.pending.set(host, (this.pending.get(host) ?? 0) + 1);
    const result = (this.tails.get(host) ?? Promise.resolve()).then(async () => {
      const wait = (this.lastEnd.get(host) ?? -Infinity) + this.gapMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.ceil(wait)));
      try {
        return await request();
      } finally {
        this.lastEnd.set(host, performance.now());
        this.pending.set(host, this.pending.get(host)! - 1);
      }
    });
    this.tails.set(host, result.catch(() => undefined));
    return result;
  }
}

const PRIVATE = new net.BlockList();
for (const [prefix, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['224.0.0.0', 3]] as const) {
  PRIVATE.addSubnet(prefix, bits, 'ipv4');
}
for (const [prefix, bits] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(prefix, bits, 'ipv6');

/** Whether the address is in a private, loopback, link-local, shared or multicast network. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  const family = net.isIP(address);
  return family === 4 ? PRIVATE.check(address, 'ipv4') : family === 6 ? PRIVATE.check(address, 'ipv6') : false;
}

class PrivateAddressError extends Error {
  readonly code = 'EPRIVATE';
}

/** dns.lookup that refuses private addresses (checked on what the socket will connect to, so DNS rebinding does not help). */
const publicLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, options, (error, address, family) => {
    const list = Array.isArray(address) ? address.map((a) => a.address) : [address];
    if (!error && list.some(isPrivateAddress)) return callback(new PrivateAddressError(`${hostname} is in a private network`), address, family);
    callback(error, address, family);
  });
};

interface Answer {
  status: number;
  location: string | undefined;
}

function request(url: URL, method: 'HEAD' | 'GET', options: ProbeOptions): Promise<Answer> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method,
      agent: false,
      headers: { 'user-agent': options.userAgent, accept: '*/*' },
      signal: AbortSignal.timeout(options.timeoutMs),
      ...(options.allowPrivateAddresses ? {} : { lookup: publicLookup }),
    }, (res) => {
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
      res.destroy();
    });
    req.on('error', reject);
    req.end();
  });
}

const TLS_CODE = /^(CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS_|ERR_SSL_)/;

/** A short English reason for a request that got no answer. */
export function describeFailure(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; code?: string; message?: string };
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return `timeout: no answer in ${timeoutMs / 1000} s`;
  if (e.code === 'EPRIVATE') return 'private network address: not checked';
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN' || e.code === 'EAI_NONAME') return 'host not found (DNS)';
  if (e.code === 'ECONNREFUSED') return 'connection refused';
  if (e.code === 'ECONNRESET' || e.code === 'EPIPE') return 'connection reset';
  if (e.code && TLS_CODE.test(e.code)) return `TLS: ${e.code}`;
  return e.code ?? e.message ?? String(error);
}

const failed = (error: string, status: number | null = null): CheckResult => ({ outcome: 'failed', status, error });

/** Checks `address`: ok for 200–399 after redirects, later for 429, failed otherwise (with the reason). */
export async function probeUrl(address: string, options: ProbeOptions): Promise<CheckResult> {
  let url = new URL(address);
  let method: 'HEAD' | 'GET' = 'HEAD';
  const visited = new Set([url.href]);
  for (let hops = 0; ; ) {
    if (!options.allowPrivateAddresses && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ''))) return failed('private network address: not checked');
    let answer: Answer;
    try {
      const target = url;
      answer = await options.gate.run(url.host, () => request(target, method, options));
    } catch (error) {
      return failed(describeFailure(error, options.timeoutMs));
    }
    if (method === 'HEAD' && HEAD_REFUSED.has(answer.status)) {
      method = 'GET';
      continue;
    }
    if (REDIRECTS.has(answer.status) && answer.location) {
      let next: URL;
      try {
        next = new URL(answer.location, url);
      } catch {
        return failed(`redirect to an invalid address`, answer.status);
      }
      next.hash = '';
      if (next.protocol !== 'http:' && next.protocol !== 'https:') return failed(`redirect to a ${next.protocol} address`, answer.status);
      if (visited.has(next.href)) return failed('redirect loop', answer.status);
      if (++hops > options.maxRedirects) return failed(`more than ${options.maxRedirects} redirects`, answer.status);
      visited.add(next.href);
      url = next;
      continue;
    }
    if (answer.status === 429) return { outcome: 'later', status: 429, error: 'too many requests: checked again later' };
    if (answer.status >= 200 && answer.status < 400) return { outcome: 'ok', status: answer.status, error: null };
    return failed(`HTTP ${answer.status}`, answer.status);
  }
}
