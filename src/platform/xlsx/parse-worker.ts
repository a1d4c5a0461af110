// The spreadsheet parser's worker thread (pool.ts runs it; table.ts sends it the uploads): each message
// is one file and its limits, answered by one GridResult.
import { parentPort } from 'node:worker_threads';
import { readGrid } from './grid.ts';
import type { SheetLimits } from './limits.ts';

parentPort!.on('message', (msg: { data: Uint8Array; limits: SheetLimits }) => {
  const data = Buffer.from(msg.data.buffer, msg.data.byteOffset, msg.data.byteLength);
  void readGrid(data, msg.limits).then((result) => parentPort!.postMessage(result));
});
