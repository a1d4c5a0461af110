// CI: lints the server's OpenAPI document with Redocly CLI (config: redocly.yaml) and fails on any error.
// The document is rendered in-process, as for the generated client, and written to a temporary file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderOpenApiDocument } from './generate-api-client.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-apilint-'));
try {
  const file = path.join(dir, 'openapi.json');
  fs.writeFileSync(file, JSON.stringify(await renderOpenApiDocument(), null, 2));
  const result = spawnSync('npx', ['--no-install', 'redocly', 'lint', file, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  process.exitCode = result.status ?? 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
