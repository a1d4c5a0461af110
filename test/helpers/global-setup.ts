// vitest globalSetup: builds the run's database template once and hands it to the test workers
// (inject('databaseTemplate')); drops it when the run ends.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildTemplate } from './template.ts';

export default async function setup(project: TestProject) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-template-'));
  try {
    const { template, drop } = await buildTemplate(workDir);
    project.provide('databaseTemplate', template);
    return async () => {
      await drop();
      fs.rmSync(workDir, { recursive: true, force: true });
    };
  } catch (e) {
    fs.rmSync(workDir, { recursive: true, force: true });
    throw e;
  }
}
