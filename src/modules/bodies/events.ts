// A1–A3, H3 the ledger events of the bodies module: bodies and their delegation agreements, units,
// people (and every read of their personal data), certificates and annual reviews, spreadsheet imports
// and exports; and how the audit log names bodies, units, people and certificates.
//
// `people.exported` / `people.imported` / `bodies.*` name the roster, not one record, which is why they
// are plural beside `person.*` and `body.*`; the stored codes keep that spelling.
import { z } from 'zod';
import { fileSize, labelled, lines } from '../../platform/ledger/details.ts';
import {
  defineEvents,
  type EntityName,
  type ModuleEvents,
  type PayloadsOf,
} from '../../platform/ledger/events.ts';
import * as repo from './repo.ts';

const CERTIFICATE_STATUS = { valid: '有效', suspended: '暂扣', revoked: '吊销' } as const;
const PERSONAL_FIELDS: Record<string, string> = { idNumber: '身份证号', phone: '手机号' };
const VIA_LABELS = { versions: '版本记录', lookup: '按身份证号查找' } as const;

const change = z.object({ version: z.number(), reason: z.string() });
const changeDetails = (p: z.output<typeof change>) => lines(['版本', p.version], ['理由', p.reason]);

export const bodiesEvents = defineEvents({
  'body.created': {
    label: '新建执法主体',
    domain: 'A1',
    payload: z.object({ name: z.string(), parentId: z.string() }),
    details: (p) => lines(['名称', p.name]),
  },
  'body.updated': { label: '修改执法主体', domain: 'A1', payload: change, details: changeDetails },
  'body.delegation_agreement': {
    label: '上传委托协议',
    domain: 'A1',
    payload: z.object({ sha256: z.string(), size: z.number(), filename: z.string() }),
    details: (p) => lines(['文件', p.filename], ['大小', fileSize(p.size)]),
  },
  'bodies.imported': {
    label: '导入执法主体',
    domain: 'A1',
    payload: z.object({ rows: z.number() }),
    details: (p) => lines(['行数', p.rows]),
  },
  'bodies.exported': {
    label: '导出执法主体',
    domain: 'A1',
    payload: z.object({ bytes: z.number() }),
    details: (p) => lines(['文件大小', fileSize(p.bytes)]),
  },
  'unit.created': {
    label: '新建科室',
    domain: 'A2',
    payload: z.object({ name: z.string() }),
    details: (p) => lines(['名称', p.name]),
  },
  'unit.updated': {
    label: '修改科室',
    domain: 'A2',
    payload: z.object({ reason: z.string() }),
    details: (p) => lines(['理由', p.reason]),
  },
  'person.created': {
    label: '新增人员',
    domain: 'A3',
    payload: z.object({ name: z.string() }),
    details: (p) => lines(['姓名', p.name]),
  },
  'person.updated': { label: '修改人员', domain: 'A3', payload: change, details: changeDetails },
  'person.viewed': {
    label: '查看人员',
    domain: 'H3',
    payload: z.object({}),
  },
  'person.personal_data_read': {
    label: '查看个人信息',
    domain: 'H3',
    payload: z.object({ fields: z.array(z.string()), via: z.enum(['versions', 'lookup']).optional() }),
    details: (p) =>
      lines(['查看字段', labelled(PERSONAL_FIELDS, p.fields)], ['途径', p.via && VIA_LABELS[p.via]]),
  },
  'people.imported': {
    label: '导入人员名册',
    domain: 'A3',
    // created/updated since a roster may update people by ID number (entries before say rows only).
    payload: z.object({
      rows: z.number(),
      body: z.string(),
      created: z.number().optional(),
      updated: z.number().optional(),
    }),
    details: (p) => lines(['执法主体', p.body], ['人数', p.rows], ['新增', p.created], ['更新', p.updated]),
  },
  'people.exported': {
    label: '导出人员名册',
    domain: 'A3',
    payload: z.object({ includesPersonalData: z.boolean(), bytes: z.number() }),
    details: (p) => lines(['含个人信息', p.includesPersonalData], ['文件大小', fileSize(p.bytes)]),
  },
  'certificate.created': {
    label: '登记执法证',
    domain: 'A3',
    payload: z.object({ number: z.string(), personId: z.string() }),
    details: (p) => lines(['证号', p.number]),
  },
  'certificate.updated': {
    label: '修改执法证',
    domain: 'A3',
    payload: z.object({ status: z.string(), reason: z.string() }),
    details: (p) => lines(['状态', labelled(CERTIFICATE_STATUS, p.status)], ['理由', p.reason]),
  },
  'certificate.reviewed': {
    label: '执法证年度审验',
    domain: 'A3',
    payload: z.object({
      year: z.number(),
      passed: z.boolean(),
      reviewedOn: z.string(),
      note: z.string(),
    }),
    details: (p) =>
      lines(
        ['年度', p.year],
        ['结论', p.passed ? '合格' : '不合格'],
        ['审验日期', p.reviewedOn],
        ['备注', p.note],
      ),
  },
});

declare module '../../platform/ledger/events.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by its heritage
  interface LedgerEventMap extends PayloadsOf<typeof bodiesEvents> {}
}

const byId = (rows: { id: string; name: string }[]) =>
  new Map<string, EntityName>(rows.map((r) => [r.id, { name: r.name }]));

export const bodiesLedger: ModuleEvents = {
  events: bodiesEvents,
  entities: {
    body: {
      label: '执法主体',
      names: async (db, ids) => byId(await repo.unsafeBodyNames(db, ids)),
      find: repo.unsafeFindBodyIds,
    },
    unit: { label: '科室', names: async (db, ids) => byId(await repo.unsafeUnitNames(db, ids)) },
    person: {
      label: '人员',
      names: async (db, ids) => byId(await repo.unsafePersonNames(db, ids)),
      find: repo.unsafeFindPersonIds,
    },
    certificate: {
      label: '执法证',
      names: async (db, ids) => byId(await repo.unsafeCertificateNames(db, ids)),
      find: repo.unsafeFindCertificateIds,
    },
  },
};
