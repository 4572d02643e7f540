import pg from 'pg';
import { TEMPLATE_DB, testDatabaseUrl } from './test-database.ts';

const url = testDatabaseUrl();
if (url) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.end();
}
