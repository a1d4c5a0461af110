// B1–B8 the ledger events of the catalogues: a new version of an entry (or its retirement), spreadsheet
// imports and exports, legal documents; and the entity types the audit log names them by. Entries are
// identified by their code, which is readable as it stands.
import { z } from 'zod';
import { fileSize, lines } from '../../platform/ledger/details.ts';
import {
  defineEvents,
  type EntityNaming,
  type ModuleEvents,
  type PayloadsOf,
} from '../../platform/ledger/events.ts';
import { CATALOG_KINDS } from './types.ts';

const version = z.object({
  version: z.number(),
  effectiveFrom: z.string(),
  reason: z.string(),
  data: z.record(z.string(), z.unknown()),
});
// An entry is named by its name, a discretion benchmark by its violation (types.ts entryName).
const entryName = (data: Record<string, unknown>) =>
  [data.name, data.violation].find((v): v is string => typeof v === 'string');
const versionDetails = (p: z.output<typeof version>) =>
  lines(['名称', entryName(p.data)], ['版本', p.version], ['生效日期', p.effectiveFrom], ['理由', p.reason]);

export const catalogEvents = defineEvents({
  'catalog.saved': { label: '保存清单条目', domain: 'B1', payload: version, details: versionDetails },
  'catalog.retired': { label: '停用清单条目', domain: 'B1', payload: version, details: versionDetails },
  'catalog.imported': {
    label: '导入清单',
    domain: 'B1',
    payload: z.object({ rows: z.number(), changed: z.array(z.string()) }),
    details: (p) => lines(['行数', p.rows], ['变更条目', p.changed.length]),
  },
  'catalog.exported': {
    label: '导出清单',
    domain: 'B1',
    payload: z.object({ bytes: z.number() }),
    details: (p) => lines(['文件大小', fileSize(p.bytes)]),
  },
  'catalog.demo_seeded': {
    label: '创建演示清单',
    domain: 'B1',
    payload: z.object({ entries: z.number().optional(), laws: z.number().optional() }),
    details: (p) => lines(['清单条目', p.entries], ['法律文件', p.laws]),
  },
  'legal_document.saved': {
    label: '保存法律文件',
    domain: 'B2',
    payload: z.object({
      code: z.string(),
      version: z.number(),
      title: z.string(),
      articles: z.number(),
      reason: z.string(),
    }),
    details: (p) => lines(['标题', p.title], ['版本', p.version], ['条文数', p.articles], ['理由', p.reason]),
  },
});

declare module '../../platform/ledger/events.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by its heritage
  interface LedgerEventMap extends PayloadsOf<typeof catalogEvents> {}
}

const kindEntities = Object.fromEntries(
  Object.entries(CATALOG_KINDS).map(([kind, k]): [string, EntityNaming] => [
    `catalog.${kind}`,
    { label: `${k.label}清单` },
  ]),
);

export const catalogLedger: ModuleEvents = {
  events: catalogEvents,
  entities: { catalog: { label: '清单' }, legal_document: { label: '法律文件' }, ...kindEntities },
};
