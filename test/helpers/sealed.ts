// Rows a test writes straight into the database hold personal data as the server keeps it: sealed under
// the app's master key, with the ID number's blind index (H4).
import { idNumberIndex, personalPurpose } from '../../src/platform/crypto/personal-data.ts';
import type { TestApp } from './app.ts';

/** The id_number, id_number_index and phone columns of a `people` row with these clear values. */
export function sealedPersonColumns(
  t: TestApp,
  personId: string,
  idNumber: string | null,
  phone: string | null,
) {
  const { sealer } = t.services;
  return {
    idNumber: idNumber && sealer.seal(idNumber, personalPurpose('people', 'id_number', personId)),
    idNumberIndex: idNumber && idNumberIndex(sealer, idNumber),
    phone: phone && sealer.seal(phone, personalPurpose('people', 'phone', personId)),
  };
}

/** A raw `people` row (id, id_number, phone) with the ID number and phone opened, and without its id. */
export function openedPersonRow<R extends { id: unknown; id_number?: unknown; phone?: unknown }>(
  t: TestApp,
  row: R,
) {
  const { id, ...rest } = row;
  const open = (column: string, v: unknown) =>
    typeof v === 'string'
      ? t.services.sealer.openOptional(v, personalPurpose('people', column, String(id)))
      : v;
  return { ...rest, id_number: open('id_number', row.id_number), phone: open('phone', row.phone) };
}
