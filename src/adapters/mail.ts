/**
 * Outgoing mail. Both ways build the message with nodemailer: over SMTP when SMTP_URL is set, or
 * into an outbox folder (one .eml with a .json summary per mail) that `/dev/outbox` shows, which
 * is the embedded default so that `npm start` needs no mail server.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface OutboxMail extends MailMessage {
  id: string;
  from: string;
  sentAt: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Set only for the outbox: the mails written so far, newest first. */
  outbox?: () => OutboxMail[];
  /** Set only for the outbox: its folder. */
  outboxDir?: string;
}

/** Sends through the SMTP server of `url` (smtp:// or smtps://, credentials in the URL). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}

/** Writes each mail into `dir` as an RFC 5322 .eml file and a .json summary. */
export function outboxMailer(dir: string, from: string, now: () => Date = () => new Date()): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    outboxDir: dir,
    async send(message) {
      const sentAt = now().toISOString();
      const id = `${sentAt.replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}`;
      const info = await transport.sendMail({ from, ...message });
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${id}.eml`), info.message as Buffer, { mode: 0o600 });
      const summary: OutboxMail = { id, from, sentAt, ...message };
      fs.writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(summary, null, 2), { mode: 0o600 });
    },
    outbox() {
      if (!fs.existsSync(dir)) return [];
      return fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .reverse()
        .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as OutboxMail);
    },
  };
}
