/**
 * Array literals for SQL built with drizzle's `sql` template, which would spread a JS array into a
 * list of parameters: one parameter per element, cast to the array type.
 */
import { sql, type SQL } from 'drizzle-orm';

const arrayOf = (values: string[], type: string): SQL => sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::${sql.raw(type)}[]`;

export const textArray = (values: string[]): SQL => arrayOf(values, 'text');
export const uuidArray = (values: string[]): SQL => arrayOf(values, 'uuid');
