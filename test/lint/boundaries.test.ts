// The boundary rules fail `npm run check`: deliberate violations, linted with the project's own ESLint
// configuration as if they were written in the named files, are reported; the allowed forms are not.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The boundary rule needs no type information; skipping it keeps each lint to milliseconds.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/imports').map((m) => m.message);
}

describe('module boundaries (eslint/boundaries.js)', () => {
  it('refuses platform code importing a module, the portal or the app', async () => {
    expect(
      await boundaryErrors(
        'src/platform/clock.ts',
        `import { CasesService } from './../modules/cases/index.ts';
         import { portalRoutes } from '../portal/routes.ts';
         import type { Services } from '../services.ts';
         export const lazy = () => import('../modules/auth/index.ts');
         export { CasesService, portalRoutes, type Services };`,
      ),
    ).toEqual([
      'platform/ imports nothing from modules/cases: the app passes in what platform code needs',
      'platform/ imports nothing from portal/: the app passes in what platform code needs',
      'platform/ imports nothing from the app (src/*.ts): the app passes in what platform code needs',
      'platform/ imports nothing from modules/auth: the app passes in what platform code needs',
    ]);
  });

  it("refuses a module reaching into another's repo, tables or internal files, at any depth", async () => {
    expect(
      await boundaryErrors(
        'src/modules/cases/documents/service.ts',
        `import * as bodiesRepo from '../../bodies/repo.ts';
         import { people } from '../../bodies/schema.ts';
         import { today } from '../../bodies/people-service.ts';
         export { bodiesRepo, people, today };`,
      ),
    ).toEqual([
      'modules/cases may import modules/bodies only through its index.ts, not repo.ts',
      'modules/cases may import modules/bodies only through its index.ts, not schema.ts',
      'modules/cases may import modules/bodies only through its index.ts, not people-service.ts',
    ]);
  });

  it('refuses SQL outside repo files, in modules and in the portal', async () => {
    expect(
      await boundaryErrors(
        'src/modules/catalog/service.ts',
        `import { sql } from 'drizzle-orm';
         import { catalogEntries } from './schema.ts';
         export { sql, catalogEntries };`,
      ),
    ).toEqual([
      'drizzle-orm here: SQL lives in repo files (repo.ts or <concept>-repo.ts): move the query there and call it',
      'a table import here: SQL lives in repo files (repo.ts or <concept>-repo.ts): move the query there and call it',
    ]);
    expect(
      await boundaryErrors(
        'src/portal/pages/home.ts',
        `import { bodies } from '../../modules/bodies/schema.ts';
         export { bodies };`,
      ),
    ).toEqual(['portal/ may import modules/bodies only through its index.ts, not schema.ts']);
  });

  it('allows index imports, foreign keys between schema files and SQL in repo files', async () => {
    expect(
      await boundaryErrors(
        'src/modules/cases/service.ts',
        `import { BodiesService } from '../bodies/index.ts';
         import { scopeOf } from '../access/index.ts';
         import { Ledger } from '../../platform/ledger/ledger.ts';
         import * as repo from './repo.ts';
         export { BodiesService, scopeOf, Ledger, repo };`,
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'src/modules/cases/schema.ts',
        `import { pgTable } from 'drizzle-orm/pg-core';
         import { bodies } from '../bodies/schema.ts';
         export { pgTable, bodies };`,
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'src/modules/bodies/public-repo.ts',
        `import { sql } from 'drizzle-orm';
         import { bodies } from './schema.ts';
         export { sql, bodies };`,
      ),
    ).toEqual([]);
  });

  it("refuses reaching into a submodule's files from outside its folder; its index.ts and its own files may", async () => {
    expect(
      await boundaryErrors(
        'src/modules/cases/service.ts',
        `import * as evidenceRepo from './evidence/repo.ts';
         import { checkPrincipal } from './parties/rules.ts';
         import { OfficerSigningKeys } from './documents/signing-keys.ts';
         export { evidenceRepo, checkPrincipal, OfficerSigningKeys };`,
      ),
    ).toEqual([
      'modules/cases/evidence is a submodule: import it through evidence/index.ts, not repo.ts',
      'modules/cases/parties is a submodule: import it through parties/index.ts, not rules.ts',
      'modules/cases/documents is a submodule: import it through documents/index.ts, not signing-keys.ts',
    ]);
    // A sibling submodule is reached the same way.
    expect(
      await boundaryErrors(
        'src/modules/cases/documents/snapshot.ts',
        `import { EVIDENCE_TYPE_LABELS } from '../evidence/types.ts';
         export { EVIDENCE_TYPE_LABELS };`,
      ),
    ).toEqual(['modules/cases/evidence is a submodule: import it through evidence/index.ts, not types.ts']);
    expect(
      await boundaryErrors(
        'src/modules/cases/evidence/service.ts',
        `import { EVIDENCE_TYPE_LABELS } from '../evidence/index.ts';
         import { PARTY_ROLE_LABELS } from '../parties/index.ts';
         import { lockCase } from '../repo.ts';
         import { checkCapture } from './rules.ts';
         import * as repo from './repo.ts';
         export { EVIDENCE_TYPE_LABELS, PARTY_ROLE_LABELS, lockCase, checkCapture, repo };`,
      ),
    ).toEqual([]);
    // The module's index.ts wires each submodule's routes.
    expect(
      await boundaryErrors(
        'src/modules/cases/index.ts',
        `export const routes = () => import('./evidence/routes.ts');`,
      ),
    ).toEqual([]);
  });
});
