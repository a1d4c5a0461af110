#!/usr/bin/env node
// `npx sanxiang <command>`: runs the TypeScript CLI through tsx, so there is no separate build step.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli.ts');
