// CI guard: the committed admin API client must match the server's current OpenAPI document.
// Exits 1 (with the fix to run) when a route or schema changed without regenerating the client.
import fs from 'node:fs';
import path from 'node:path';
import { renderApiSchema, SCHEMA_FILE } from './generate-api-client.ts';

const expected = await renderApiSchema();
const actual = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : null;
const rel = path.relative(process.cwd(), SCHEMA_FILE);
if (actual === expected) {
  console.log(`${rel} 与 OpenAPI 文档一致 (API client is up to date)`);
  process.exit(0);
}
console.error(
  actual === null
    ? `${rel} 不存在 (missing). 请运行: npx tsx scripts/generate-api-client.ts`
    : `${rel} 已过期，与服务端 OpenAPI 文档不一致 (stale API client). 请运行: npx tsx scripts/generate-api-client.ts 并提交结果`,
);
process.exit(1);
