/**
 * PostgreSQL NOTIFY subscriptions on a connection of their own. PostgreSQL delivers a notification
 * to every listening session when, and only if, the transaction that sent it commits. When the
 * connection drops, notifications sent meanwhile are lost: subscribers hear `onState(false)` at
 * once, the connection is reopened after a second, and they hear `onState(true)` once it listens
 * again.
 */
import pg from 'pg';

export interface Subscriber {
  onNotify(payload: string | undefined): void;
  /** Whether every notification on the channel reaches `onNotify` from now on. */
  onState(listening: boolean): void;
}

export interface Notifications {
  listen(channel: string, subscriber: Subscriber): void;
  close(): Promise<void>;
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;
const RECONNECT_MS = 1000;

export function notifications(config: pg.ClientConfig): Notifications {
  const subscribers = new Map<string, Subscriber[]>();
  let client: pg.Client | undefined;
  let connecting = false;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const everyone = () => [...subscribers.values()].flat();

  function drop(failed: pg.Client): void {
    if (client === failed) {
      client = undefined;
      for (const subscriber of everyone()) subscriber.onState(false);
    }
    failed.removeAllListeners('notification');
    failed.end().catch(() => {});
    if (!closed && !client && !connecting && !retry) retry = setTimeout(connect, RECONNECT_MS);
  }

  async function connect(): Promise<void> {
    retry = undefined;
    if (closed || client || connecting) return;
    connecting = true;
    const next = new pg.Client(config);
    next.on('notification', (message) => subscribers.get(message.channel)?.forEach((s) => s.onNotify(message.payload)));
    next.on('error', () => drop(next));
    next.on('end', () => drop(next));
    try {
      await next.connect();
      for (const channel of subscribers.keys()) await next.query(`LISTEN ${channel}`);
      connecting = false;
      if (closed) return void next.end().catch(() => {});
      client = next;
      for (const subscriber of everyone()) subscriber.onState(true);
    } catch {
      connecting = false;
      drop(next);
    }
  }

  return {
    listen(channel, subscriber) {
      if (!CHANNEL_NAME.test(channel)) throw new Error(`Not a channel name: ${channel}`);
      const known = subscribers.has(channel);
      subscribers.set(channel, [...(subscribers.get(channel) ?? []), subscriber]);
      subscriber.onState(false);
      const current = client;
      if (!current) return void connect();
      if (known) return subscriber.onState(true);
      current.query(`LISTEN ${channel}`).then(() => client === current && subscriber.onState(true), () => drop(current));
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const current = client;
      client = undefined;
      await current?.end().catch(() => {});
    },
  };
}
