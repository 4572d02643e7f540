export * from './code-lists.ts';
export * from './catalogue.ts';
export * from './people.ts';
export * from './search.ts';
export * from './jobs.ts';
export * from './maintenance.ts';
