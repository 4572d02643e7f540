/** The progress of a mass action: a progress bar and a result per item; htmx refreshes it until done. */
import type { MassStatus } from '../../../actions/catalogue/mass-actions.ts';
import { Layout, type PageContext } from '../layout.tsx';

export function MassPage({ page, status, names }: { page: PageContext; status: MassStatus; names: Map<string, string> }) {
  const { t } = page;
  const done = status.results.length;
  const ok = status.results.filter((r) => r.ok).length;
  return (
    <Layout page={page} title={t('massProgressTitle')}>
      <h1>{t('massProgressTitle')}</h1>
      <div id="mass-progress" hx-get={status.finished ? undefined : `/editor/mass/${status.id}`} hx-trigger={status.finished ? undefined : 'every 1s'} hx-select="#mass-progress" hx-swap="outerHTML">
        <p>
          <strong>{t(`massAction_${status.action}`)}</strong>
        </p>
        <label htmlFor="mass-bar">{t('massProgress', { done, total: status.total })}</label>
        <progress id="mass-bar" max={status.total} value={done}>
          {done} / {status.total}
        </progress>
        <p role="status">{status.finished ? t('massDone', { ok, failed: done - ok }) : t('massRunning')}</p>
        {/* no timed refresh (an accessibility failure): htmx polls, and without JavaScript the link shows the latest state */}
        {!status.finished && <a href={`/editor/mass/${status.id}`}>{t('massRefresh')}</a>}
        <ul className="mass-results">
          {status.results.map((result) => (
            <li key={result.id}>
              <span className={`badge ${result.ok ? 'badge--success' : 'badge--warning'}`}>{result.ok ? t('massItemOk') : t('massItemFailed')}</span> {names.get(result.id) ?? result.id}
              {result.message && <>: {result.message}</>}
            </li>
          ))}
        </ul>
      </div>
    </Layout>
  );
}
