// C6 which case steps are on-site activities of the B5 音像记录事项清单: the step (by procedure and action)
// → the list entry's code in the demo catalogue (AV-001…). A body's own list may name other codes; the
// compliance check reads the requirement of each code from the catalogue in force.
export const STEP_ACTIVITIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  coercion: {
    decide: 'AV-001', // 查封、扣押财物
    decide_urgent: 'AV-001',
    dispose: 'AV-004', // 罚没财物处置
    return_items: 'AV-013', // 行政强制（返还财物）
    release: 'AV-013',
  },
  penalty: {
    preserve_evidence: 'AV-011', // 证据先行登记保存
    hold_hearing: 'AV-006', // 听证
    hold_collective_discussion: 'AV-007', // 合议
    serve: 'AV-008', // 送达决定书
    decide_simple: 'AV-009', // 当场处罚: on-site
  },
  inspection: {
    inspect: 'AV-009', // 现场检查
    reinspect: 'AV-009',
  },
};

/** The activity code of a case step, or null when the step is not an on-site activity of the list. */
export function activityOfStep(kind: string, action: string): string | null {
  return STEP_ACTIVITIES[kind]?.[action] ?? null;
}
