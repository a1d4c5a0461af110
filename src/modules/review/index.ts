// D1–D9, A4 legal review of major enforcement decisions (重大执法决定法制审核): the pure domain — the
// determination, the submission's materials, reviewer eligibility, the review lifecycle with its rounds,
// opinions, time limit and disagreement. What other modules may use goes through this file.
export * from './model.ts';
export * from './rules/eligibility.ts';
export * from './rules/lifecycle.ts';
export * from './rules/materials.ts';
export * from './rules/opinion.ts';
export * from './rules/time-limit.ts';
