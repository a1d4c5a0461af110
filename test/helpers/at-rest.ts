// H4 what an attacker holding the storage reads: every row of every table, a pg_dump, and every file
// under DATA_DIR — a DOCX (or any zip) unzipped and its parts inflated, a PDF's text extracted — so a test
// can assert that no clear personal value is in any of them, and (on the downloaded files) that the same
// scan does find them where they are in the clear.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { pgTool } from '../../src/platform/backup/pg-tools.ts';
import type { TestApp } from './app.ts';
import { pdfText, squash } from './documents.ts';
import { sql } from '../api/support.ts';

/** Every row of every table of the database as text, and the tables read. */
export async function everyRow(t: TestApp): Promise<{ text: string; tables: number }> {
  const tables = await sql<{ name: string }>(
    t,
    `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  let text = '';
  for (const { name } of tables)
    for (const row of await sql<{ r: string }>(t, `select t::text as r from ${name} t`)) text += `${row.r}\n`;
  return { text, tables: tables.length };
}

/** The database as pg_dump writes it (plain SQL), or null without PostgreSQL or pg_dump. */
export function dump(t: TestApp): string | null {
  if (t.config.database.kind !== 'postgres') return null;
  const run = spawnSync(pgTool('pg_dump'), [t.config.database.url], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.error) return null; // pg_dump not installed
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

export function expectNowhere(text: string, secrets: readonly string[], where = 'the database') {
  const lower = text.toLowerCase();
  for (const secret of secrets) {
    expect(text.includes(secret), `“${secret}” found in ${where}`).toBe(false);
    expect(lower.includes(secret.toLowerCase()), `“${secret}” found in ${where}`).toBe(false);
  }
}

/** What a file says, as readable as it gets: its bytes, a zip's inflated parts, a PDF's text. */
export async function readableText(bytes: Buffer): Promise<string> {
  const texts = [bytes.toString('utf8')];
  const zip =
    bytes.subarray(0, 2).toString('latin1') === 'PK' ? await JSZip.loadAsync(bytes).catch(() => null) : null;
  if (zip) {
    for (const entry of Object.values(zip.files))
      if (!entry.dir) {
        const part = await entry.async('nodebuffer');
        // The XML's visible text runs joined too: a value split over runs is still found.
        const xml = part.toString('utf8');
        texts.push(xml, [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
      }
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') texts.push(squash((await pdfText(bytes)).text));
  return texts.join('\n');
}

/** Every file under `dir` (recursively) and what it says. */
export async function everyFile(dir: string): Promise<{ text: string; files: number; documents: number }> {
  let text = '';
  let files = 0;
  let documents = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = fs.readFileSync(path.join(entry.parentPath, entry.name));
    const head = bytes.subarray(0, 5).toString('latin1');
    if (head.startsWith('PK') || head === '%PDF-') documents++;
    text += `${await readableText(bytes)}\n`;
    files++;
  }
  return { text, files, documents };
}
