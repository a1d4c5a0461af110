// B6 review conditions in words, for the published 重大执法决定法制审核目录 and the staff app alike: both
// read the same data the D1 evaluator applies ("对个人处以 5,000.00 元以上罚款"), worded once.
import { CATEGORY_LABELS, type Category } from '../../bodies/index.ts';
import { PENALTY_LABELS, REVIEW_FLAG_LABELS, type ReviewCondition } from '../model.ts';
import { formatYuan } from './fine-text.ts';

/** "甲", "甲或者乙", "甲、乙或者丙". */
export function orList(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join('、')}或者${words.at(-1)}`;
}

const PARTY_LABELS = { person: '个人', organisation: '法人或者其他组织' } as const;

/** One condition of a review rule in words. */
export function describeReviewCondition(c: ReviewCondition): string {
  switch (c.kind) {
    case 'procedure':
      return '适用普通程序作出的行政处罚决定';
    case 'category':
      return `${orList(c.anyOf.map((k) => CATEGORY_LABELS[k as Category] ?? k))}决定`;
    case 'penalty_kind':
      return `拟作出${orList(c.anyOf.map((k) => PENALTY_LABELS[k] ?? k))}的行政处罚`;
    case 'fine_at_least':
      return `对${PARTY_LABELS[c.partyType] ?? c.partyType}处以 ${formatYuan(c.fen)}以上罚款`;
    case 'confiscation_at_least':
      return `没收违法所得和非法财物价值合计 ${formatYuan(c.fen)}以上`;
    case 'hearing_held':
      return '经过听证程序';
    case 'outside_benchmark':
      return '拟作出的处罚超出行政处罚裁量基准幅度';
    case 'flag':
      return REVIEW_FLAG_LABELS[c.flag] ?? c.flag;
    default: {
      const unknown: never = c;
      return `其他情形（${String((unknown as { kind?: unknown }).kind)}）`;
    }
  }
}

/** All conditions of a rule: each must hold, so they read as one sentence joined by 且. */
export function describeReviewConditions(conditions: ReviewCondition[]): string {
  return conditions.map(describeReviewCondition).join('，且');
}
