// The module boundaries of DESIGN §3–4 as one lint rule, `boundaries/imports`. Import paths are resolved
// against the importing file, so a rule reads the same at any folder depth:
//   - platform/ imports nothing from modules/, portal/, admin/, demo/ or the app (src/*.ts);
//   - a module imports another module only through that module's index.ts (its service, types and
//     public rules); a schema.ts may also import another module's schema.ts, for foreign keys;
//   - the portal and the app import a module only through its index.ts (the app's src/schema.ts lists
//     every schema.ts for drizzle-kit);
//   - inside a module, a submodule (a direct subfolder with its own index.ts, e.g. cases/evidence/) is
//     imported from outside its folder only through that index.ts; the module's own index.ts, which
//     wires the submodules' routes into the app, is the one exception;
//   - in modules/ and portal/, only repo files (repo.ts, <concept>-repo.ts) and schema.ts files import
//     drizzle-orm or a schema.ts: SQL lives in repos.
// Which files it applies to (not tests, demo data or the admin SPA) is set in eslint.config.js.
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '../src');

/** Where a file sits: platform, a module (with its name), portal, admin, demo, app (src/*.ts) or outside. */
function placeOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { area: 'outside', rel };
  const parts = rel.split(path.sep);
  if (parts.length === 1) return { area: 'app', rel };
  if (parts[0] === 'modules') return { area: 'module', name: parts[1], rel: parts.slice(2).join('/') };
  return { area: parts[0], rel };
}

const isRepo = (file) => /(^|-)repo\.ts$/.test(path.basename(file));
const isSchema = (file) => path.basename(file) === 'schema.ts';
const isDrizzle = (spec) => spec === 'drizzle-orm' || spec.startsWith('drizzle-orm/');

/** Why importing `target` (resolved) from `file` crosses a boundary, or null when it may. */
function crossing(file, target) {
  const from = placeOf(file);
  const to = placeOf(target);
  const name = (p) =>
    p.area === 'module' ? `modules/${p.name}` : p.area === 'app' ? 'the app (src/*.ts)' : `${p.area}/`;
  if (from.area === 'platform') {
    if (to.area === 'platform' || to.area === 'outside') return null;
    return `platform/ imports nothing from ${name(to)}: the app passes in what platform code needs`;
  }
  if (to.area !== 'module') {
    if (from.area === 'module' && ['app', 'portal', 'admin', 'demo'].includes(to.area))
      return `a module imports nothing from ${name(to)}`;
    return null;
  }
  if (from.area === 'module' && from.name === to.name) return submoduleCrossing(from, to);
  if (to.rel === 'index.ts') return null;
  if (from.area === 'module' && isSchema(file) && isSchema(target)) return null; // foreign keys
  if (from.area === 'app' && from.rel === 'schema.ts' && isSchema(target)) return null; // drizzle-kit's index
  return `${name(from)} may import modules/${to.name} only through its index.ts, not ${to.rel}`;
}

/** The submodule folder (e.g. `evidence`) a module-relative path lies in, or null. */
function submoduleOf(moduleName, rel) {
  const parts = rel.split('/');
  if (parts.length < 2) return null;
  return fs.existsSync(path.join(SRC, 'modules', moduleName, parts[0], 'index.ts')) ? parts[0] : null;
}

/** Why a file of a module may not import `to` of the same module, or null when it may. */
function submoduleCrossing(from, to) {
  const sub = submoduleOf(to.name, to.rel);
  if (sub === null || submoduleOf(from.name, from.rel) === sub) return null;
  if (to.rel === `${sub}/index.ts` || from.rel === 'index.ts') return null;
  return `modules/${to.name}/${sub} is a submodule: import it through ${sub}/index.ts, not ${to.rel.slice(sub.length + 1)}`;
}

/** Why a file may not hold SQL, or null when it may. */
function sqlPlacement(file) {
  const { area } = placeOf(file);
  if (area !== 'module' && area !== 'portal') return null;
  if (isRepo(file) || isSchema(file)) return null;
  return 'SQL lives in repo files (repo.ts or <concept>-repo.ts): move the query there and call it';
}

export default {
  rules: {
    imports: {
      meta: {
        type: 'problem',
        docs: {
          description:
            'Module boundaries: platform imports no module; modules meet through index.ts; SQL only in repos',
        },
        schema: [],
      },
      create(context) {
        const file = context.filename;
        function check(node, spec) {
          if (typeof spec !== 'string') return;
          if (isDrizzle(spec)) {
            const why = node.importKind === 'type' ? null : sqlPlacement(file);
            if (why) context.report({ node, message: `drizzle-orm here: ${why}` });
            return;
          }
          if (!spec.startsWith('.')) return;
          const target = path.resolve(path.dirname(file), spec);
          const why = crossing(file, target);
          if (why) context.report({ node, message: why });
          else if (isSchema(target) && !isSchema(file)) {
            const sqlWhy = sqlPlacement(file);
            if (sqlWhy) context.report({ node, message: `a table import here: ${sqlWhy}` });
          }
        }
        return {
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
        };
      },
    },
  },
};
