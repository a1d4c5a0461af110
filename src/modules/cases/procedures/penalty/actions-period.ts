// C2 steps inside the 行政处罚 decision period that leave the state as it is: an extension approved by
// the head before the 90 days run out (行政处罚法第六十条), periods not counted (检测、检验、检疫、鉴定…), and
// 证据先行登记保存 with its disposal decision within 7 working days (第五十六条).
import { z } from 'zod';
import { decisionDeadline, isAfter, preservationDisposalDeadline } from '../../deadlines.ts';
import { actionsOf } from '../builder.ts';
import { approverInput, dateField, textField } from '../fields.ts';
import { uncovered } from '../guards.ts';
import { refuse } from './guards.ts';
import type { PenaltyRecord, PenaltyState } from './model.ts';

const action = actionsOf<PenaltyState, PenaltyRecord>();

export const PENALTY_PERIOD_ACTIONS = {
  extend_decision_period: action({
    label: '延长办案期限',
    permission: 'cases.approve',
    input: {
      approvedOn: dateField('批准日期'),
      days: z.number().int().min(1, '延长天数至少 1 日').max(365, '延长天数过大').describe('延长天数'),
      reason: textField('理由'),
    },
    serverInput: approverInput,
    dates: (a) => [a.approvedOn],
    apply(state, facts, a) {
      if (a.reason.trim() === '') return refuse('REASON_REQUIRED', '延长办案期限须写明理由');
      if (facts.filedOn === null) return refuse('NOT_ALLOWED_IN_STATE', '案件尚未立案');
      const current = decisionDeadline(facts.calendar, facts.filedOn, {
        extensions: facts.extensionApprovals,
        pauses: facts.pauses,
      });
      const lapsed = isAfter(current, a.approvedOn);
      if (lapsed === 'unknown') return uncovered(refuse, current);
      if (lapsed) {
        return refuse('EXTENSION_AFTER_EXPIRY', `办案期限已于 ${current.due} 届满，延长须在期限届满前批准`);
      }
      const extensions = [
        ...facts.extensionApprovals,
        { days: a.days, approvedOn: a.approvedOn, approvedBy: a.approvedBy ?? '' },
      ];
      return {
        next: state,
        opened: [decisionDeadline(facts.calendar, facts.filedOn, { extensions, pauses: facts.pauses })],
      };
    },
    fold: (r, a) => ({
      ...r,
      extensionApprovals: [
        ...r.extensionApprovals,
        { days: a.days, approvedOn: a.approvedOn, approvedBy: a.approvedBy ?? '', reason: a.reason },
      ],
    }),
  }),

  record_pause: action({
    label: '登记不计入办案期限的期间',
    permission: 'cases.handle',
    input: { from: dateField('开始日期'), to: dateField('结束日期'), reason: textField('事由') },
    dates: (a) => [a.from, a.to],
    apply(state, facts, a) {
      if (a.reason.trim() === '')
        return refuse('REASON_REQUIRED', '须写明不计入办案期限的事由（检测、检验、检疫、鉴定等）');
      if (a.to < a.from) return refuse('DATE_INVALID', `结束日期 ${a.to} 早于开始日期 ${a.from}`);
      if (facts.filedOn === null || a.from <= facts.filedOn)
        return refuse('DATE_INVALID', '不计入期间须在立案之后');
      const pauses = [...facts.pauses, { from: a.from, to: a.to, reason: a.reason }];
      return {
        next: state,
        opened: [
          decisionDeadline(facts.calendar, facts.filedOn, { extensions: facts.extensionApprovals, pauses }),
        ],
      };
    },
    fold: (r, a) => ({ ...r, pauses: [...r.pauses, { from: a.from, to: a.to, reason: a.reason }] }),
  }),

  preserve_evidence: action({
    label: '证据先行登记保存',
    permission: 'cases.handle',
    input: {
      on: dateField('先行登记保存日期'),
      items: textField('保存物品清单'),
      reason: textField('理由（证据可能灭失或以后难以取得）'),
    },
    dates: (a) => [a.on],
    precheck(_state, facts) {
      if (facts.preservationOpenOn === null) return null;
      return refuse('PRESERVATION_PENDING', `${facts.preservationOpenOn} 先行登记保存的物品尚未作出处理决定`);
    },
    apply(state, facts, a) {
      if (a.items.trim() === '' || a.reason.trim() === '')
        return refuse('REASON_REQUIRED', '先行登记保存须列明物品清单和理由');
      return { next: state, opened: [preservationDisposalDeadline(facts.calendar, a.on)] };
    },
    fold: (r, a) => ({
      ...r,
      preservationOpenOn: a.on,
      preservations: [
        ...r.preservations,
        { on: a.on, items: a.items, reason: a.reason, decidedOn: null, decision: null },
      ],
    }),
  }),

  decide_preservation: action({
    label: '先行登记保存物品处理决定',
    permission: 'cases.handle',
    input: { decidedOn: dateField('处理决定日期'), decision: textField('处理决定') },
    dates: (a) => [a.decidedOn],
    precheck: (_state, facts) =>
      facts.preservationOpenOn === null ? refuse('NO_PRESERVATION', '没有待处理的先行登记保存物品') : null,
    apply(state, facts, a) {
      if (a.decision.trim() === '')
        return refuse('REASON_REQUIRED', '须写明处理决定（如：解除保存、移送、依法予以没收）');
      if (facts.preservationOpenOn !== null && a.decidedOn < facts.preservationOpenOn)
        return refuse('DATE_INVALID', '处理决定日期早于先行登记保存日期');
      // A late decision is still recorded; the closed deadline shows it was late.
      return { next: state, closed: ['preservation_disposal'] };
    },
    fold: (r, a) => ({
      ...r,
      preservationOpenOn: null,
      preservations: r.preservations.map((p) =>
        p.decidedOn === null ? { ...p, decidedOn: a.decidedOn, decision: a.decision } : p,
      ),
    }),
  }),
};
