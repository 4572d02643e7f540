#!/usr/bin/env node
// `npx kuvaa …`: registers the TypeScript loader (tsx), then runs the CLI.
import { register } from 'tsx/esm/api';

// React renders pages several times faster in its production build; tests run the development build (with its warnings).
process.env.NODE_ENV ??= 'production';
register();
await import('../src/bin/kuvaa.ts');
