// B1–B8: when a new version of a catalogue entry may take effect (shared by saving and importing).
import { unprocessable } from '../../platform/http/errors.ts';

/** A new version never takes effect before the latest one: history is not rewritten backwards. */
export function checkEffectiveFrom(latest: { effectiveFrom: string } | undefined, effectiveFrom: string) {
  if (latest && effectiveFrom < latest.effectiveFrom) {
    throw unprocessable(
      'RULE_VIOLATION',
      `生效日期 ${effectiveFrom} 早于最新版本的生效日期 ${latest.effectiveFrom}，不能追溯修改`,
    );
  }
}
