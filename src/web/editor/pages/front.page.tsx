/** The editor's front page: what the organization tree holds, by status. */
import type { StatusCounts } from '../../../actions/catalogue/overview.ts';
import type { MessageKey } from '../../i18n.ts';
import { Layout, organizationLabel, type PageContext } from '../layout.tsx';

const KINDS: { kind: keyof StatusCounts; key: MessageKey }[] = [
  { kind: 'service', key: 'services' },
  { kind: 'channel', key: 'channels' },
  { kind: 'organization', key: 'organizations' },
];

export function FrontPage({ page, counts }: { page: PageContext; counts: StatusCounts }) {
  const { t, principal } = page;
  const sum = (kind: keyof StatusCounts) => Object.values(counts[kind]).reduce((a, b) => a + b, 0);
  return (
    <Layout page={page} title={t('frontTitle')}>
      <h1>{t('frontTitle')}</h1>
      <p>{t('frontIntro')}</p>
      {principal && (
        <p>
          <strong>{organizationLabel(principal.active.organizationName, page.language)}</strong> · <span className="badge">{t(`role_${principal.active.role}`)}</span>
        </p>
      )}
      <h2>{t('contents')}</h2>
      <ul className="counts">
        {KINDS.map(({ kind, key }) => (
          <li key={kind}>
            <strong>{sum(kind)}</strong>
            {t(key)}
            <br />
            <small>
              {t('published')} {(counts[kind].published ?? 0) + (counts[kind].modified ?? 0)} · {t('draft')} {counts[kind].draft ?? 0} · {t('archived')} {counts[kind].archived ?? 0}
            </small>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
