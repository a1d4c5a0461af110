// The README states which years the installed holiday data covers; an upgrade of chinese-days that adds
// a year must update it, or operators would enter a notice that is already there (or miss one).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACKAGE_COVERED_YEARS } from '../../src/platform/calendar/rules.ts';

const README = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md');

describe('README: the holiday calendar', () => {
  it('names the years the installed chinese-days release covers', () => {
    const first = PACKAGE_COVERED_YEARS[0]!;
    const last = PACKAGE_COVERED_YEARS.at(-1)!;
    expect(PACKAGE_COVERED_YEARS).toHaveLength(last - first + 1);
    const text = fs.readFileSync(README, 'utf8');
    expect(text).toContain(`covers **${first}–${last}**`);
    expect(text).toContain(`working-day calendar (${first}–${last} plus`);
  });
});
