/**
 * The progress of a mass action: a progress bar and a table of results per item (name, result:
 * done, failed with the reason, or skipped); htmx refreshes it until done. A copy links to the new
 * draft, so the editor can go on from the list.
 */
import type { MassResult, MassStatus } from '../../../actions/catalogue/mass-actions.ts';
import { isMessageKey, type MessageKey, type Translate } from '../../i18n.ts';
import { Layout, type PageContext } from '../layout.tsx';
import { violationText } from '../form-errors.ts';

function ResultBadge({ result, t }: { result: MassResult; t: Translate }) {
  if (result.skipped) return <span className="badge badge--muted">{t('massItemSkipped')}</span>;
  return <span className={`badge ${result.ok ? 'badge--success' : 'badge--warning'}`}>{result.ok ? t('massItemOk') : t('massItemFailed')}</span>;
}

/** Why an item failed or was skipped: a translated reason when there is one, else the rule's own message. */
const reasonOf = (result: MassResult, t: Translate) =>
  result.reason && isMessageKey(`massReason_${result.reason}`)
    ? t(`massReason_${result.reason}` as MessageKey)
    : result.violations?.length
      ? result.violations.map((v) => violationText(v, (result.kind ?? 'service') as 'service', t)).join(' ')
      : (result.message ?? '');

export function MassPage({ page, status, names }: { page: PageContext; status: MassStatus; names: Map<string, string> }) {
  const { t } = page;
  const done = status.results.length;
  const ok = status.results.filter((r) => r.ok).length;
  const skipped = status.results.filter((r) => r.skipped).length;
  return (
    <Layout page={page} title={t('massProgressTitle')}>
      <h1>{t('massProgressTitle')}</h1>
      <div id="mass-progress" hx-get={status.finished ? undefined : `/editor/mass/${status.id}`} hx-trigger={status.finished ? undefined : 'every 1s'} hx-select="#mass-progress" hx-swap="outerHTML">
        <p>
          <strong>{t(`massAction_${status.action}`)}</strong>
          {status.organizationId && <> · {t('massCopyTarget', { name: names.get(status.organizationId) || status.organizationId })}</>}
        </p>
        <label htmlFor="mass-bar">{t('massProgress', { done, total: status.total })}</label>
        <progress id="mass-bar" max={status.total} value={done}>
          {done} / {status.total}
        </progress>
        <p role="status">{status.finished ? t('massDone', { ok, failed: done - ok - skipped }) + (skipped ? ` ${t('massSkippedCount', { count: skipped })}` : '') : t('massRunning')}</p>
        {/* no timed refresh (an accessibility failure): htmx polls, and without JavaScript the link shows the latest state */}
        {!status.finished && <a href={`/editor/mass/${status.id}`}>{t('massRefresh')}</a>}
        {status.results.length > 0 && (
          <table className="mass-results">
            <caption>{t('massResultsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('massResult')}</th>
                <th scope="col">{t('massReason')}</th>
              </tr>
            </thead>
            <tbody>
              {status.results.map((result) => (
                <tr key={result.id}>
                  <th scope="row">{names.get(result.id) || result.id}</th>
                  <td>
                    <ResultBadge result={result} t={t} />
                  </td>
                  <td>{result.copyId ? (
                      <a href={`/editor/${result.kind ?? 'service'}s/${result.copyId}`}>
                        {t('massOpenCopy')}
                        <span className="visually-hidden">: {names.get(result.id) || result.id}</span>
                      </a>
                    ) : reasonOf(result, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Layout>
  );
}
