/**
 * Demo people for `npm start`, so the editor can be tried at once: a system administrator, the
 * main user of the regional federation and a maintainer of its sports club. They share one
 * generated password (never one in the repository), returned for the command line to show.
 */
import { noUsers } from '../../db/repositories/people.repository.ts';
import type { Context } from '../context.ts';
import { generatePassword, grantRole, SYSTEM_ORGANIZATION } from '../people/people.ts';
import { organizationId } from './demo-model.ts';

export const DEMO_PEOPLE = [
  { email: 'admin@kuvaa.example', organization: null, role: 'systemAdministrator' },
  { email: 'paakayttaja@jarjestoliitto.example', organization: 'federation', role: 'mainUser' },
  { email: 'yllapitaja@liikunnanystavat.example', organization: 'sports', role: 'maintainer' },
] as const;

/** Creates the demo people when nobody exists yet; returns their password, or undefined when skipped. */
export async function seedDemoPeople(ctx: Context): Promise<{ password: string } | undefined> {
  if (!(await noUsers(ctx.database.db))) return undefined;
  const password = generatePassword();
  for (const person of DEMO_PEOPLE) {
    await grantRole(ctx, { email: person.email, password, organizationId: person.organization ? organizationId(person.organization) : SYSTEM_ORGANIZATION, role: person.role });
  }
  return { password };
}
