// The platform's scheduled jobs, wired to the services (G2: deadline reminders every morning).
import type { JobDefinition } from './platform/jobs/jobs.ts';
import type { Services } from './services.ts';

export function platformJobs(services: Services): JobDefinition[] {
  return [
    {
      name: 'case-deadline-reminders',
      cron: '0 6 * * *',
      runOnStart: true,
      run: async () => ({
        settled: await services.cases.settleProvisionalDeadlines(),
        ...(await services.cases.raiseReminders()),
      }),
    },
  ];
}
