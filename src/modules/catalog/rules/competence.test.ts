import { describe, expect, it } from 'vitest';
import { competenceRefusal, mayEnforce, type ItemCompetence } from './competence.ts';

const CDC_ONLY: ItemCompetence = {
  authorities: ['disease_control'],
  basis: [{ law: 'infectious-disease-law', article: 104, paragraph: 1 }],
};

describe('mayEnforce', () => {
  it('opens an item without named departments to every body, whatever it is', () => {
    expect(mayEnforce(null, ['health'])).toBe(true);
    expect(mayEnforce(undefined, [])).toBe(true);
    expect(mayEnforce({ authorities: [], basis: [] }, ['tcm'])).toBe(true);
  });

  it('lets a body act when it is one of the named departments, and refuses it otherwise', () => {
    expect(mayEnforce(CDC_ONLY, ['disease_control'])).toBe(true);
    expect(mayEnforce(CDC_ONLY, ['health', 'disease_control'])).toBe(true); // 加挂疾控局牌子
    expect(mayEnforce(CDC_ONLY, ['health'])).toBe(false);
    expect(mayEnforce(CDC_ONLY, ['health', 'tcm'])).toBe(false);
    expect(mayEnforce(CDC_ONLY, [])).toBe(false);
    const either: ItemCompetence = { authorities: ['health', 'disease_control'], basis: [] };
    expect(mayEnforce(either, ['health'])).toBe(true);
    expect(mayEnforce(either, ['tcm'])).toBe(false);
  });
});

describe('competenceRefusal', () => {
  it('names the item, the departments, the article and what the body is', () => {
    expect(
      competenceRefusal(
        '对医疗机构未按照规定报告传染病疫情的行政处罚',
        CDC_ONLY,
        ['health', 'tcm'],
        ['《中华人民共和国传染病防治法》第一百零四条第一款'],
      ),
    ).toBe(
      '执法事项「对医疗机构未按照规定报告传染病疫情的行政处罚」依法由疾病预防控制部门实施（《中华人民共和国传染病防治法》第一百零四条第一款），本机关为卫生健康主管部门、中医药主管部门，不能以该事项立案',
    );
  });

  it('joins several departments with 或者 and says so when the body has no type', () => {
    expect(
      competenceRefusal('某事项', { authorities: ['health', 'disease_control'], basis: [] }, [], []),
    ).toBe(
      '执法事项「某事项」依法由卫生健康主管部门或者疾病预防控制部门实施，本机关未登记主管部门类型，不能以该事项立案',
    );
  });
});
