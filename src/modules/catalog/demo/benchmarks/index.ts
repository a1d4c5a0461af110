// B3 all demo discretion benchmarks, grouped by field.
import type { DiscretionBenchmark } from '../../model.ts';
import { INFECTIOUS_DISEASE_BENCHMARKS } from './infectious.ts';
import { MEDICAL_INSTITUTION_BENCHMARKS } from './medical-institutions.ts';
import { OCCUPATIONAL_BENCHMARKS, RADIATION_BENCHMARKS } from './occupational.ts';
import { PHYSICIAN_BENCHMARKS } from './physicians.ts';
import { PUBLIC_PLACE_BENCHMARKS, WATER_BENCHMARKS } from './public-health.ts';

export const DEMO_BENCHMARKS: DiscretionBenchmark[] = [
  ...MEDICAL_INSTITUTION_BENCHMARKS,
  ...PHYSICIAN_BENCHMARKS,
  ...PUBLIC_PLACE_BENCHMARKS,
  ...WATER_BENCHMARKS,
  ...INFECTIOUS_DISEASE_BENCHMARKS,
  ...OCCUPATIONAL_BENCHMARKS,
  ...RADIATION_BENCHMARKS,
];
