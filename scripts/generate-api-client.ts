// Generates the admin app's typed API client (src/admin/api/schema.d.ts) from the OpenAPI document the
// server itself produces, so the UI and the routes cannot drift apart: CI runs check-api-client.ts,
// which fails when the committed file differs from what this script would write.
// The app is built in-process on a throwaway in-memory database: no server, no port, no seed data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { loadConfig } from '../src/platform/config.ts';
import { createServices } from '../src/services.ts';
import { buildApp } from '../src/app.ts';

export const SCHEMA_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../src/admin/api/schema.d.ts',
);

const HEADER = `// 此文件由 scripts/generate-api-client.ts 根据服务端 OpenAPI 文档自动生成，请勿手工修改。
// Generated from the server's OpenAPI document by scripts/generate-api-client.ts — do not edit.
// Regenerate with: npx tsx scripts/generate-api-client.ts
`;

/** The OpenAPI document the server serves at /api/openapi.json. */
export async function renderOpenApiDocument(): Promise<OpenAPI3> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-apigen-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, DEMO_DATA: 'false' });
  const services = await createServices(config, { kind: 'pglite', dir: 'memory://' });
  try {
    const { app } = await buildApp(config, services);
    try {
      return app.swagger() as unknown as OpenAPI3;
    } finally {
      await app.close();
    }
  } finally {
    await services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function renderApiSchema(): Promise<string> {
  const ast = await openapiTS(await renderOpenApiDocument(), { alphabetize: true });
  return HEADER + astToString(ast);
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const text = await renderApiSchema();
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, text);
  console.log(`已生成 ${path.relative(process.cwd(), SCHEMA_FILE)}（${text.length} 字符）`);
}
