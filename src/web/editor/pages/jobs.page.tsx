/** System administrators' page of background jobs, failures first. */
import type { jobsOverview } from '../../../actions/jobs/jobs-overview.ts';
import type { MessageKey } from '../../i18n.ts';
import { Layout, type PageContext } from '../layout.tsx';

type Overview = Awaited<ReturnType<typeof jobsOverview>>;
const STATES = ['queued', 'running', 'done', 'dead'] as const;

export function JobsPage({ page, overview }: { page: PageContext; overview: Overview }) {
  const { t, language } = page;
  const time = (iso: string) => new Date(iso).toLocaleString(`${language}-FI`, { timeZone: 'Europe/Helsinki' });
  return (
    <Layout page={page} title={t('jobs')}>
      <h1>{t('jobs')}</h1>
      <p>{t('jobsIntro')}</p>
      <ul className="counts">
        {STATES.map((state) => (
          <li key={state}>
            <strong>{overview.counts[state] ?? 0}</strong>
            {t(`jobState_${state}`)}
          </li>
        ))}
      </ul>
      {overview.jobs.length === 0 ? (
        <p>{t('noJobs')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('jobs')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('jobName')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('attempts')}</th>
              <th scope="col">{t('runAt')}</th>
              <th scope="col">{t('lastError')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.jobs.map((job) => (
              <tr key={job.id}>
                <td>
                  {job.name}
                  {job.dedupeKey && (
                    <>
                      <br />
                      <small>{job.dedupeKey}</small>
                    </>
                  )}
                </td>
                <td>
                  <span className={`badge ${job.state === 'dead' ? 'badge--warning' : job.state === 'done' ? 'badge--success' : 'badge--muted'}`}>{t(`jobState_${job.state}` as MessageKey)}</span>
                </td>
                <td>{job.attempts}</td>
                <td>{time(job.runAt)}</td>
                <td>{job.lastError ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
