// The body's case settings (document_settings): numbering scheme, the authorities its notices name, and
// its province's 较大数额罚款 figures. Read by the documents (what they print) and by the penalty
// procedure (whether a hearing may be requested), so both see the same figures.
import type { DbOrTx } from '../../../platform/db/client.ts';
import { hearingFineThresholdFen, type HearingFineThresholds } from '../procedures/penalty/hearing.ts';
import * as repo from './repo.ts';
import { defaultSettings, hearingThresholdsOf, type DocumentSettingsValues } from './snapshot.ts';

/** The body's settings, or the defaults drawn from its name (version 0) when it has saved none. */
export async function readSettings(
  db: DbOrTx,
  body: { id: string; name: string; shortName: string },
): Promise<DocumentSettingsValues & { version: number }> {
  const row = await repo.findSettings(db, body.id);
  if (!row) return { ...defaultSettings(body), version: 0 };
  const { bodyId: _bodyId, updatedAt: _updatedAt, ...values } = row;
  return values;
}

/** Only the hearing figures, for the procedure's guards. */
export async function hearingThresholds(db: DbOrTx, bodyId: string): Promise<HearingFineThresholds> {
  const row = await repo.findHearingFigures(db, bodyId);
  return row ? hearingThresholdsOf(row) : hearingFineThresholdFen;
}
