// Demo cases of 示范区卫生健康委员会 in every stage the workbench shows (C1–C5, G2), for `npm start` and
// `sanxiang demo`: each is taken through its procedure by the demo accounts with the real case services
// (kit.ts), so the state always comes out of the machine. Dates are relative to today, so deadlines are
// due soon, overdue or far off as named. Cases are opened in this order (their codes follow it).
import type { Services } from '../../services.ts';
import { demoKit } from './kit.ts';
import { seedPenaltyCases } from './penalty.ts';
import { seedOtherProcedureCases } from './procedures.ts';
import { seedDemoPublicity } from '../publicity.ts';

export async function seedDemoCases(services: Services): Promise<void> {
  const kit = await demoKit(services);
  await seedPenaltyCases(kit);
  await seedOtherProcedureCases(kit);
  await seedDemoPublicity(kit);
  await services.caseDeadlines.raiseReminders(kit.system);
}
