// A worker for the pool's tests (src/platform/xlsx/pool.test.ts): echoes a message, loops forever on
// 'hang', exits on 'exit', runs out of memory on 'oom'.
import process from 'node:process';
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (msg) => {
  if (msg === 'hang') for (;;);
  if (msg === 'exit') process.exit(3);
  if (msg === 'oom') {
    const hoard = [];
    for (;;) hoard.push(new Array(1e6).fill(hoard.length));
  }
  parentPort.postMessage(msg);
});
