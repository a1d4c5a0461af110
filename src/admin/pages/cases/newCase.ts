// 登记案件: the form's values, their translation into the API's createCaseInput (dates as YYYY-MM-DD,
// the simple-procedure fine from 元 to integer 分, empty optional text as null), the prefill from an
// inspection case (?from=…), and where the server's field errors go in this form.
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../api/client.ts';
import { parseYuanToFen } from '../../lib/money.ts';
import type { CaseCreate, CaseDetail, PartyCreate } from './api.ts';

export interface PartyValues {
  role: PartyCreate['role'];
  type: PartyCreate['type'];
  name?: string;
  idType?: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  address?: string;
  phone?: string;
  minor?: boolean;
}

export interface NewCaseValues {
  // The simple-procedure fields are only in the form (and in its values) while the switch is on.
  simple: boolean;
  simpleKinds?: ('warning' | 'fine')[];
  simpleFine?: string;
  decidedOn?: Dayjs;
  kind: CaseCreate['kind'];
  field?: CaseCreate['field'];
  cause?: string;
  source?: string;
  place?: string;
  summary?: string;
  /** 执法事项 (penalty cases): required for 简易程序, else before 立案. */
  enforcementItemCode?: string | null;
  officerIds: string[];
  leadOfficerId?: string;
  parties: PartyValues[];
  violationOn?: Dayjs | null;
  discoveredOn?: Dayjs | null;
  lifeHealthHarmed?: boolean;
  electronicServiceConsent?: boolean;
}

export const emptyParty = (role: PartyValues['role'] = 'party'): PartyValues => ({
  role,
  type: 'person',
  idType: '居民身份证',
  minor: false,
});

export function initialNewCase(personId: string | null): NewCaseValues {
  return {
    simple: false,
    simpleKinds: ['warning'],
    decidedOn: dayjs(),
    kind: 'penalty',
    source: '日常监督检查',
    officerIds: personId ? [personId] : [],
    leadOfficerId: personId ?? undefined,
    parties: [emptyParty()],
    violationOn: dayjs(),
    discoveredOn: dayjs(),
    lifeHealthHarmed: false,
    electronicServiceConsent: false,
  };
}

const text = (s: string | undefined) => (s ?? '').trim();
const orNull = (s: string | undefined) => text(s) || null;
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** A party as the API takes it: trimmed, upper-cased IDs, the fields of the other type left empty. */
export function partyOf(p: PartyValues): PartyCreate {
  const person = p.type === 'person';
  return {
    role: p.role,
    type: p.type,
    name: text(p.name),
    idType: person ? (orNull(p.idType) ?? '居民身份证') : orNull(p.idType),
    idNumber: orNull(p.idNumber)?.toUpperCase() ?? null,
    creditCode: person ? null : (orNull(p.creditCode)?.toUpperCase() ?? null),
    legalRepresentative: person ? null : orNull(p.legalRepresentative),
    address: text(p.address),
    phone: text(p.phone),
    minor: person && p.minor === true,
  };
}

export function toCreateInput(v: NewCaseValues, originCaseId: string | null): CaseCreate {
  const kind = v.simple ? 'penalty' : v.kind;
  const kinds = v.simpleKinds ?? [];
  const fine = kinds.includes('fine');
  return {
    kind,
    field: v.field!,
    cause: text(v.cause),
    source: text(v.source),
    place: text(v.place),
    summary: text(v.summary),
    enforcementItemCode: kind === 'penalty' ? (v.enforcementItemCode ?? null) : null,
    leadOfficerId: v.leadOfficerId!,
    officerIds: v.officerIds,
    parties: v.parties.map(partyOf),
    originCaseId,
    particulars: {
      violationOn: kind === 'penalty' ? iso(v.violationOn) : null,
      discoveredOn: kind === 'penalty' ? iso(v.discoveredOn) : null,
      lifeHealthHarmed: kind === 'penalty' && v.lifeHealthHarmed === true,
      electronicServiceConsent: v.electronicServiceConsent === true,
    },
    ...(v.simple
      ? {
          simple: {
            decidedOn: iso(v.decidedOn) ?? dayjs().format('YYYY-MM-DD'),
            kinds,
            fineFen: fine ? parseYuanToFen(v.simpleFine) : null,
            // The 当场行政处罚决定书 is issued with the decision (行政处罚法第五十二条); the party signs it on
            // the case page. 违法行为时间: the violation day as entered, at the time of registering.
            document: {
              inputs: {
                at: `${iso(v.violationOn) ?? iso(v.decidedOn) ?? dayjs().format('YYYY-MM-DD')}T${dayjs().format('HH:mm')}`,
              },
            },
          },
        }
      : {}),
  };
}

/** A party of a case as form values (to correct it, or to carry it into a new case). */
export function partyValuesOf(p: CaseDetail['parties'][number]): PartyValues {
  return {
    role: p.role === 'witness' || p.role === 'agent' ? p.role : 'party',
    type: p.type === 'organisation' ? 'organisation' : 'person',
    name: p.name,
    idType: p.idType ?? undefined,
    idNumber: p.idNumber ?? undefined,
    creditCode: p.creditCode ?? undefined,
    legalRepresentative: p.legalRepresentative ?? undefined,
    address: p.address,
    phone: p.phone,
    minor: p.minor,
  };
}

/** The party and the facts of an inspection, carried into the case it leads to. */
export function prefillFrom(origin: CaseDetail): Partial<NewCaseValues> {
  const parties: PartyValues[] = origin.parties.filter((p) => p.role === 'party').map(partyValuesOf);
  return {
    kind: 'penalty',
    cause: origin.cause,
    field: origin.field as CaseCreate['field'],
    place: origin.place,
    source: `行政检查（${origin.code}）`,
    summary: origin.summary,
    ...(parties.length ? { parties } : {}),
  };
}

/** Server field paths to this form's names (particulars are flattened, the simple fine is in 元). */
function formNameOf(field: string): (string | number)[] {
  const parts = field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (parts[0] === 'particulars' && parts[1] !== undefined) return [parts[1]];
  if (parts[0] === 'simple')
    return [parts[1] === 'fineFen' ? 'simpleFine' : parts[1] === 'kinds' ? 'simpleKinds' : 'decidedOn'];
  return parts;
}

/** Shows the server's validation messages under their fields; false when none belonged to a field. */
export function applyCreateErrors(form: FormInstance, e: unknown): boolean {
  if (!(e instanceof ApiError) || e.status !== 400) return false;
  const details = e.details as { issues?: { field?: string; message?: string }[]; field?: unknown } | null;
  const issues = Array.isArray(details?.issues)
    ? details.issues
        .filter((i) => typeof i.field === 'string')
        .map((i) => ({ field: i.field!, message: i.message ?? e.message }))
    : typeof details?.field === 'string'
      ? [{ field: details.field, message: e.message }]
      : [];
  const registered = new Set(Object.keys(form.getFieldsValue() as object));
  const fields = issues
    .map((i) => ({ name: formNameOf(i.field), errors: [i.message] }))
    .filter((f) => registered.has(String(f.name[0])));
  if (fields.length) form.setFields(fields);
  return fields.length > 0;
}
