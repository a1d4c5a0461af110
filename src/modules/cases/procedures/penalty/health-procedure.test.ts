// C2 the rule of 13号令 as data: service by its Arts. 53–57, and the decision period by the rule in force.
import { describe, expect, it } from 'vitest';
import { SERVICE_RULES, decisionPeriodRule, healthRuleOn, serviceCitation } from './health-procedure.ts';

describe('卫生健康行政处罚程序规定 (国家卫生健康委员会令第13号)', () => {
  it('cites Arts. 53–57 for service, each read from a text', () => {
    expect(Object.values(SERVICE_RULES).map((r) => r.citation.match(/第(五十[三四五六七])条/)?.[1])).toEqual([
      '五十三',
      '五十四',
      '五十五',
      '五十六',
      '五十七',
    ]);
    expect(Object.values(SERVICE_RULES).every((r) => r.confirmed)).toBe(true);
    expect(SERVICE_RULES.onAnnouncement.withinWorkingDays).toBe(7);
    expect(SERVICE_RULES.electronic.needs).toEqual(['consent', 'signed_confirmation', 'record']);
  });

  it('a case filed before 2025-06-01 keeps 53号令第二十九条: three months, extended by the body above', () => {
    expect(decisionPeriodRule('2025-05-31')).toEqual({
      period: { n: 3, unit: 'months' },
      approver: 'higher_body',
      citation: '《卫生行政处罚程序》（卫生部令第53号）第二十九条',
      confirmed: true,
    });
    expect(healthRuleOn('2025-05-31')).toBe('《卫生行政处罚程序》（卫生部令第53号）');
  });

  it('from 2025-06-01: ninety days, the head approves unless the body sets another approver', () => {
    expect(decisionPeriodRule('2025-06-01')).toEqual({
      period: { n: 90, unit: 'calendar_days' },
      approver: 'head',
      citation: '《中华人民共和国行政处罚法》第六十条',
      confirmed: false,
    });
    expect(decisionPeriodRule('2026-12-07', 'higher_body').approver).toBe('higher_body');
    expect(healthRuleOn('2025-06-01')).toBe('《卫生健康行政处罚程序规定》（国家卫生健康委员会令第13号）');
  });

  it('cites the service period by the decision date: 13号令第五十三条 from 2025-06-01, the statute before', () => {
    expect(serviceCitation('2025-05-31')).toBe('《中华人民共和国行政处罚法》第六十一条');
    expect(serviceCitation('2025-06-01')).toBe(
      '《卫生健康行政处罚程序规定》第五十三条第二款；《中华人民共和国行政处罚法》第六十一条第一款',
    );
  });
});
