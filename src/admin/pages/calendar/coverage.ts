// The calendar's coverage as the admin shows it: one query shared by the page and the banner, and years
// written as ranges ("2004–2026").
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export const COVERAGE_KEY = ['calendar', 'coverage'] as const;

export const useCoverage = (enabled = true) =>
  useQuery({
    queryKey: COVERAGE_KEY,
    queryFn: () => unwrap(api.GET('/api/v1/calendar/coverage')),
    enabled,
    staleTime: 10 * 60_000,
  });

/** [2004, 2005, …, 2026, 2028] → "2004–2026、2028". */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join('、') || '无';
}
