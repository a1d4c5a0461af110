// A worker thread starts without the parent's TypeScript loader (pool.ts gives it no flags): register
// tsx, as bin/sanxiang.mjs does, then run the parser.
import { register } from 'tsx/esm/api';
register();
await import('./parse-worker.ts');
