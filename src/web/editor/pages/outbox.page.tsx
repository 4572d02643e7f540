/** /dev/outbox: the mails Kuvaa wrote into its outbox folder when no SMTP server is configured. */
import type { OutboxMail } from '../../../adapters/mail.ts';
import { Layout, type PageContext } from '../layout.tsx';

/** The mail text with its links clickable. */
function Linked({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s]+)/);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <a key={i} href={part}>{part}</a> : part))}</>;
}

export function OutboxPage({ page, mails, dir }: { page: PageContext; mails: OutboxMail[]; dir: string }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('outboxTitle')}>
      <h1>{t('outboxTitle')}</h1>
      <p>{t('outboxIntro', { dir })}</p>
      {mails.length === 0 && <p>{t('outboxEmpty')}</p>}
      {mails.map((mail) => (
        <article key={mail.id} className="panel" aria-labelledby={`mail-${mail.id}`}>
          <h2 id={`mail-${mail.id}`} className="fi-text-heading3" style={{ marginTop: 0 }}>
            {mail.subject}
          </h2>
          <p>
            {t('to')}: {mail.to} · {t('sent')}: {new Date(mail.sentAt).toLocaleString(`${page.language}-FI`, { timeZone: 'Europe/Helsinki' })}
          </p>
          <pre className="mail">
            <Linked text={mail.text} />
          </pre>
        </article>
      ))}
    </Layout>
  );
}
