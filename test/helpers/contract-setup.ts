// vitest setup file: every test file's API answers must be documented for their operation
// (test/helpers/responses-seen.ts). SX_RESPONSES_SEEN=FILE also appends what each file saw, one JSON line
// per file, to survey which statuses the suite provokes.
import fs from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { resetResponsesSeen, responsesSeen, undocumentedResponses } from './responses-seen.ts';

beforeAll(() => resetResponsesSeen());

afterAll(() => {
  const file = process.env.SX_RESPONSES_SEEN;
  if (file) {
    const seen = Object.fromEntries([...responsesSeen()].map(([op, s]) => [op, [...s].sort()]));
    fs.appendFileSync(file, `${JSON.stringify(seen)}\n`);
  }
  expect(undocumentedResponses(), 'statuses the OpenAPI document does not list for the operation').toEqual(
    [],
  );
});
