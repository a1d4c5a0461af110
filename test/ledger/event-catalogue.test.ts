// H3 the ledger's event catalogue: every event the application registers has a Chinese label and a
// DOMAIN id, every procedure action has its step event, codes are unique, a misspelt code fails the
// type check, and entries read in Chinese (the audit log's rendering of a few events).
import { describe, expect, it } from 'vitest';
import { EventCatalogue } from '../../src/platform/ledger/catalogue.ts';
import { defineEvents } from '../../src/platform/ledger/events.ts';
import type { Ledger } from '../../src/platform/ledger/ledger.ts';
import type { Actor, TxCtx } from '../../src/platform/context.ts';
import { caseEvents, caseSteps } from '../../src/modules/cases/events.ts';
import { procedureActions } from '../../src/modules/cases/registry.ts';
import { ledgerEvents } from '../../src/app.ts';
import { z } from 'zod';

const CHINESE = /[\u4e00-\u9fff]/;

describe('the event catalogue', () => {
  it('gives every event a Chinese label and a DOMAIN id', () => {
    const events = ledgerEvents.list();
    expect(events.length).toBeGreaterThan(90);
    for (const e of events) {
      expect(e.label, e.code).toMatch(CHINESE);
      expect(e.domain, e.code).toMatch(/^[A-H]\d{1,2}$/);
    }
  });

  it('has a step event, named by its procedure, for every action of every procedure', () => {
    for (const { kind, type, label } of procedureActions()) {
      const definition = ledgerEvents.definition(`case.${type}`);
      expect(definition, type).toBeDefined();
      expect(definition!.labelFor?.({ name: '测试', kind })).toBe(label);
    }
  });

  it('lets no step event shadow another case event', () => {
    const fixed = Object.keys(caseEvents);
    expect(Object.keys(caseSteps).filter((code) => fixed.includes(code))).toEqual([]);
  });

  it('refuses a code defined twice and an entity type named twice', () => {
    const one = defineEvents({ 'x.done': { label: '完成', domain: 'H3', payload: z.object({}) } });
    expect(() => new EventCatalogue([{ events: one }, { events: one }])).toThrow('x.done');
    expect(
      () =>
        new EventCatalogue([
          { events: {}, entities: { case: { label: '案件' } } },
          { events: {}, entities: { case: { label: '案件' } } },
        ]),
    ).toThrow('case');
  });

  it('accepts only registered codes with their payloads at compile time', () => {
    // Never run: the type checker (npm run check) fails if either line is accepted.
    const _write = (ledger: Ledger, ctx: TxCtx<Actor>) => [
      ledger.append(ctx, {
        // @ts-expect-error a misspelt code is not an event
        action: 'person.craeted',
        entityType: 'person',
        payload: { name: '张三' },
      }),
      ledger.append(ctx, {
        action: 'person.created',
        entityType: 'person',
        // @ts-expect-error person.created carries the person's name
        payload: { version: 2 },
      }),
    ];
    expect(_write).toBeTypeOf('function');
  });
});

describe('an entry in words', () => {
  it('names a login failure and its reason', () => {
    expect(
      ledgerEvents.render('auth.login_failed', { username: 'zhang', reason: 'bad_password' }, null),
    ).toEqual({
      label: '登录失败',
      domain: 'H1',
      details: [
        { label: '用户名', value: 'zhang' },
        { label: '原因', value: '密码错误' },
      ],
    });
  });

  it('names roles by their Chinese names', () => {
    expect(
      ledgerEvents.render('user.roles_changed', { from: ['officer'], to: ['auditor'], reason: '任命' }, null)
        .details,
    ).toEqual([
      { label: '原角色', value: '执法人员' },
      { label: '新角色', value: '审计管理员' },
      { label: '理由', value: '任命' },
    ]);
  });

  it('tells a penalty decision by its procedure: states, fields and amounts in yuan', () => {
    const payload = {
      code: '示卫罚〔2026〕1号',
      from: 'notified',
      to: 'decided',
      action: {
        type: 'decide',
        decidedOn: '2026-03-02',
        penalty: { kinds: ['warning', 'fine'], fineFen: 150_000 },
      },
      deadlines: [],
    };
    const penalty = ledgerEvents.render('case.decide', payload, { name: payload.code, kind: 'penalty' });
    expect(penalty.label).toBe('作出处罚决定');
    expect(penalty.details).toEqual([
      { label: '状态', value: '事先告知 → 已作出处罚决定' },
      { label: '决定日期', value: '2026-03-02' },
      { label: '处罚', value: '处罚种类 警告、罚款，罚款金额 1500.00 元' },
    ]);
    // The same action of 行政强制 is a seizure decision.
    expect(ledgerEvents.render('case.decide', payload, { name: '', kind: 'coercion' }).label).toBe(
      '作出查封、扣押决定',
    );
  });

  it('says what a read of personal data read', () => {
    expect(
      ledgerEvents.render(
        'person.personal_data_read',
        { fields: ['idNumber', 'phone'], via: 'versions' },
        null,
      ).details,
    ).toEqual([
      { label: '查看字段', value: '身份证号、手机号' },
      { label: '途径', value: '版本记录' },
    ]);
  });

  it('still lists an entry it cannot read, field by field', () => {
    expect(ledgerEvents.render('legacy.event', { note: '旧记录', n: 2 }, null)).toEqual({
      label: 'legacy.event',
      domain: null,
      details: [
        { label: 'note', value: '旧记录' },
        { label: 'n', value: '2' },
      ],
    });
    expect(ledgerEvents.render('person.created', { unexpected: true }, null)).toMatchObject({
      label: '新增人员',
      details: [{ label: 'unexpected', value: 'true' }],
    });
  });
});
