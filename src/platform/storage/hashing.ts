// H5 Storage: hash-while-streaming helper, so drivers learn the content key without buffering the payload.
import { createHash } from 'node:crypto';
import { Readable, Transform, pipeline } from 'node:stream';

export interface HashedStream {
  /** Pass-through of the input; errors from the source surface here. */
  stream: Readable;
  /** Only meaningful once `stream` has been fully consumed. */
  result(): { key: string; size: number };
  /** The error that broke the stream, if any (e.g. the client hung up mid-upload). */
  failure(): Error | undefined;
}

export function hashStream(data: Readable | Buffer): HashedStream {
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
  });
  // Readable.from emits a Buffer as a single chunk rather than iterating its bytes.
  const source = Buffer.isBuffer(data) ? Readable.from([data]) : data;
  // pipeline (not .pipe) so a failing source destroys `tap` and the consumer sees the error.
  let failure: Error | undefined;
  const stream = pipeline(source, tap, (err) => {
    failure = err ?? undefined;
  });
  let key: string | undefined;
  return { stream, result: () => ({ key: (key ??= hash.digest('hex')), size }), failure: () => failure };
}
