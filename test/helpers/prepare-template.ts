import { prepareTemplate } from './test-database.ts';

const started = Date.now();
await prepareTemplate();
console.log(`Test database template ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
