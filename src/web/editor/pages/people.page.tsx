/** Main users' page of the people of their organization tree: list, invite, change role, remove. */
import type { OrganizationChoice } from '../../../actions/catalogue/overview.ts';
import type { PersonView } from '../../../actions/people/manage-people.ts';
import { isOrganizationRole, ORGANIZATION_ROLES } from '../../../domain/permissions/permissions.ts';
import { ActionButton, Csrf, ErrorSummary, SelectField, TextField, type FieldError } from '../components.tsx';
import { Layout, type PageContext } from '../layout.tsx';


export interface InviteForm {
  email?: string | undefined;
  name?: string | undefined;
  role?: string | undefined;
  organizationId?: string | undefined;
  language?: string | undefined;
}

interface PeoplePageProps {
  page: PageContext;
  people: PersonView[];
  organizations: OrganizationChoice[];
  /** Whose tree is listed. */
  shownOrganizationId?: string | undefined;
  canManage: boolean;
  form?: InviteForm;
  errors?: FieldError[];
}

const indent = (choice: OrganizationChoice) => `${'\u2003'.repeat(choice.depth)}${choice.name}`;

function RoleForm({ page, person }: { page: PageContext; person: PersonView }) {
  const { t } = page;
  const id = `role-${person.organizationId}-${person.userId}`;
  return (
    <form method="post" action={`/editor/people/${person.organizationId}/${person.userId}/role`} className="inline-form">
      <Csrf token={page.csrf} />
      <label htmlFor={id} className="visually-hidden">
        {t('role')}: {person.email}
      </label>
      <select id={id} name="role" defaultValue={person.role}>
        {ORGANIZATION_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role_${role}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small button--secondary">
        {t('saveRole')}
        <span className="visually-hidden">: {person.email}</span>
      </button>
    </form>
  );
}

function InviteFormSection({ page, organizations, form = {}, errors = [] }: { page: PageContext; organizations: OrganizationChoice[]; form?: InviteForm; errors?: FieldError[] }) {
  const { t } = page;
  return (
    <section className="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('invite')}</h2>
      <p>{t('inviteIntro')}</p>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action="/editor/people" noValidate>
        <Csrf token={page.csrf} />
        <TextField name="email" type="email" label={t('email')} value={form.email} errors={errors} required maxLength={254} autoComplete="off" />
        <TextField name="name" label={t('name')} value={form.name} errors={errors} maxLength={200} autoComplete="off" />
        <SelectField name="organizationId" label={t('organization')} value={form.organizationId} errors={errors} options={organizations.map((o) => ({ value: o.id, label: indent(o) }))} />
        <fieldset className="field" aria-describedby={errors.some((e) => e.field === 'role') ? 'role-error' : undefined}>
          <legend>{t('role')}</legend>
          {errors.some((e) => e.field === 'role') && (
            <span className="error-text" id="role-error">
              {errors.find((e) => e.field === 'role')!.message}
            </span>
          )}
          {ORGANIZATION_ROLES.map((role, index) => (
            <label key={role} className="radio">
              <input type="radio" name="role" value={role} id={index === 0 ? 'role' : undefined} defaultChecked={(form.role ?? 'maintainer') === role} />
              <span>
                <strong>{t(`role_${role}`)}</strong>: {t(`roleHelp_${role}`)}
              </span>
            </label>
          ))}
        </fieldset>
        <SelectField name="language" label={t('mailLanguage')} value={form.language ?? page.language} options={[{ value: 'fi', label: 'Suomi' }, { value: 'sv', label: 'Svenska' }, { value: 'en', label: 'English' }]} />
        <div className="actions">
          <button type="submit" className="button">
            {t('sendInvitation')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function PeoplePage({ page, people, organizations, shownOrganizationId, canManage, form, errors = [] }: PeoplePageProps) {
  const { t } = page;
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  const general = errors.filter((e) => !e.field);
  return (
    <Layout page={page} title={t('people')}>
      <h1>{t('people')}</h1>
      <p>{t('peopleIntro')}</p>
      <ErrorSummary errors={general} t={t} />
      {organizations.length > 1 && (
        <form method="get" action="/editor/people" className="inline-form" style={{ marginBottom: 'var(--fi-spacing-m)' }}>
          <label htmlFor="organization">{t('organization')}</label>
          <select id="organization" name="organization" defaultValue={shownOrganizationId}>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {indent(o)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small button--secondary">
            {t('show')}
          </button>
        </form>
      )}
      {people.length === 0 ? (
        <p>{t('noPeople')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('people')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('organization')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('lastSignIn')}</th>
              {canManage && <th scope="col">{t('actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={`${person.organizationId}:${person.userId}`}>
                <td>
                  {person.name && (
                    <>
                      {person.name}
                      <br />
                    </>
                  )}
                  {person.email}
                </td>
                <td>{names.get(person.organizationId) ?? person.organizationId}</td>
                <td>{canManage ? <RoleForm page={page} person={person} /> : t(isOrganizationRole(person.role) ? `role_${person.role}` : 'role_viewer')}</td>
                <td>
                  <span className={`badge ${person.status === 'active' ? 'badge--success' : person.status === 'invited' ? 'badge--warning' : 'badge--muted'}`}>{t(`status_${person.status}`)}</span>
                </td>
                <td>{person.lastSignInAt ? new Date(person.lastSignInAt).toLocaleString(`${page.language}-FI`, { timeZone: 'Europe/Helsinki' }) : t('never')}</td>
                {canManage && (
                  <td>
                    <div className="actions" style={{ marginTop: 0 }}>
                      {person.status !== 'active' && person.status !== 'disabled' && (
                        <ActionButton action={`/editor/people/${person.organizationId}/${person.userId}/invitation`} csrf={page.csrf} label={t('resendInvitation')} context={person.email} />
                      )}
                      <a href={`/editor/people/${person.organizationId}/${person.userId}/remove`}>
                        {t('remove')}
                        <span className="visually-hidden">: {person.email}</span>
                      </a>
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && <InviteFormSection page={page} organizations={organizations} form={{ organizationId: shownOrganizationId, ...form }} errors={errors.filter((e) => e.field)} />}
    </Layout>
  );
}

export function RemovePersonPage({ page, person, organizationName }: { page: PageContext; person: PersonView; organizationName: string }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('removeFromOrganization')}>
      <div className="panel narrow">
        <h1>{t('removeFromOrganization')}</h1>
        <p>{t('removeConfirm', { email: person.email, organization: organizationName })}</p>
        <form method="post" action={`/editor/people/${person.organizationId}/${person.userId}/remove`} className="actions">
          <Csrf token={page.csrf} />
          <button type="submit" className="button button--danger">
            {t('remove')}
          </button>
          <a href="/editor/people" className="button button--secondary">
            {t('cancel')}
          </a>
        </form>
      </div>
    </Layout>
  );
}
