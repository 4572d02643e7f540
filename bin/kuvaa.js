#!/usr/bin/env node
// `npx kuvaa …`: registers the TypeScript loader (tsx), then runs the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/bin/kuvaa.ts');
