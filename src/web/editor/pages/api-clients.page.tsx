/** Main users' page of API clients: list, create (secret shown once), new secret, revoke. */
import type { OrganizationChoice } from '../../../actions/catalogue/overview.ts';
import { Csrf, ErrorSummary, Notice, SelectField, TextField, type FieldError } from '../components.tsx';
import { Layout, type PageContext } from '../layout.tsx';
import { isOrganizationRole, ORGANIZATION_ROLES } from '../../../domain/permissions/permissions.ts';

export interface ClientRow {
  clientId: string;
  name: string;
  organizationId: string | null;
  role: string;
  createdAt: string;
  revokedAt: string | null;
}

interface ApiClientsPageProps {
  page: PageContext;
  clients: ClientRow[];
  organizations: OrganizationChoice[];
  canManage: boolean;
  /** Just created or rotated: shown once. */
  secret?: { clientId: string; name: string; clientSecret: string } | undefined;
  form?: { name?: string | undefined; organizationId?: string | undefined; role?: string | undefined };
  errors?: FieldError[];
}

const date = (iso: string, language: string) => new Date(iso).toLocaleDateString(`${language}-FI`, { timeZone: 'Europe/Helsinki' });

function SecretOnce({ page, secret }: { page: PageContext; secret: NonNullable<ApiClientsPageProps['secret']> }) {
  const { t } = page;
  return (
    <Notice kind="warning">
      <h2 className="fi-text-heading4" style={{ marginTop: 0 }}>
        {secret.name}
      </h2>
      <p>{t('secretOnce')}</p>
      <p>
        {t('clientId')}: <code className="secret" id="new-client-id">{secret.clientId}</code>
      </p>
      <p>
        {t('clientSecret')}: <code className="secret" id="new-client-secret">{secret.clientSecret}</code>
      </p>
    </Notice>
  );
}

export function ApiClientsPage({ page, clients, organizations, canManage, secret, form = {}, errors = [] }: ApiClientsPageProps) {
  const { t } = page;
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  return (
    <Layout page={page} title={t('apiClients')}>
      <h1>{t('apiClients')}</h1>
      <p>{t('apiClientsIntro')}</p>
      {secret && <SecretOnce page={page} secret={secret} />}
      {clients.length === 0 ? (
        <p>{t('noApiClients')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('apiClients')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('clientName')}</th>
              <th scope="col">{t('clientId')}</th>
              <th scope="col">{t('organization')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('status')}</th>
              {canManage && <th scope="col">{t('actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {clients.map((client) => (
              <tr key={client.clientId}>
                <td>{client.name}</td>
                <td>
                  <code>{client.clientId}</code>
                </td>
                <td>{client.organizationId ? (names.get(client.organizationId) ?? client.organizationId) : '–'}</td>
                <td>{isOrganizationRole(client.role) ? t(`role_${client.role}`) : client.role}</td>
                <td>
                  {client.revokedAt ? (
                    <span className="badge badge--muted">
                      {t('revoked')} {date(client.revokedAt, page.language)}
                    </span>
                  ) : (
                    <span className="badge badge--success">{t('active')}</span>
                  )}
                </td>
                {canManage && (
                  <td>
                    {!client.revokedAt && (
                      <div className="actions" style={{ marginTop: 0 }}>
                        <a href={`/editor/api-clients/${client.clientId}/rotate`}>
                          {t('rotate')}
                          <span className="visually-hidden">: {client.name}</span>
                        </a>
                        <a href={`/editor/api-clients/${client.clientId}/revoke`}>
                          {t('revoke')}
                          <span className="visually-hidden">: {client.name}</span>
                        </a>
                      </div>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && (
        <section className="panel" aria-labelledby="create-client-title" style={{ marginTop: 'var(--fi-spacing-xl)' }}>
          <h2 id="create-client-title">{t('createClient')}</h2>
          <ErrorSummary errors={errors} t={t} />
          <form method="post" action="/editor/api-clients" noValidate>
            <Csrf token={page.csrf} />
            <TextField name="name" label={t('clientName')} value={form.name} errors={errors} required maxLength={100} autoComplete="off" />
            <SelectField name="organizationId" label={t('organization')} value={form.organizationId} errors={errors} options={organizations.map((o) => ({ value: o.id, label: `${'\u2003'.repeat(o.depth)}${o.name}` }))} />
            <SelectField name="role" label={t('role')} value={form.role ?? 'maintainer'} errors={errors} options={ORGANIZATION_ROLES.map((role) => ({ value: role, label: `${t(`role_${role}`)}: ${t(`roleHelp_${role}`)}` }))} />
            <div className="actions">
              <button type="submit" className="button">
                {t('createClient')}
              </button>
            </div>
          </form>
        </section>
      )}
    </Layout>
  );
}

export function ConfirmClientPage({ page, client, action }: { page: PageContext; client: ClientRow; action: 'rotate' | 'revoke' }) {
  const { t } = page;
  return (
    <Layout page={page} title={t(action)}>
      <div className="panel narrow">
        <h1>{t(action)}</h1>
        <p>{t(action === 'rotate' ? 'rotateConfirm' : 'revokeConfirm', { name: client.name })}</p>
        <form method="post" action={`/editor/api-clients/${client.clientId}/${action}`} className="actions">
          <Csrf token={page.csrf} />
          <button type="submit" className={`button ${action === 'revoke' ? 'button--danger' : ''}`}>
            {t(action)}
          </button>
          <a href="/editor/api-clients" className="button button--secondary">
            {t('cancel')}
          </a>
        </form>
      </div>
    </Layout>
  );
}
