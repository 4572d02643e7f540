export * from './code-lists.ts';
