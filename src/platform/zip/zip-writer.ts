// A ZIP archive written as it is read (fflate's streaming Zip): each file is added whole or chunk by chunk
// and the archive's bytes are yielded as soon as they exist, so an export of any size passes through in
// chunks and never sits in memory. Files are stored, not deflated (PDF, DOCX, images and video are
// compressed already, and stored entries can be checked with any unzip). The archive is ZIP without
// ZIP64: 4 GiB per file and per archive at most, which the caller must respect.
import { Zip, ZipPassThrough } from 'fflate';

export const ZIP_MAX_BYTES = 0xffff_ffff;

export class ZipWriter {
  private readonly ready: Buffer[] = [];
  private failure: Error | null = null;
  private readonly zip: Zip;
  private written = 0;

  constructor(private readonly mtime: Date) {
    this.zip = new Zip((err, chunk) => {
      if (err) this.failure = err;
      else this.ready.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    });
  }

  /** Bytes of the archive handed out so far. */
  get bytes(): number {
    return this.written;
  }

  /** Adds one file from its bytes or its chunks; yields the archive's bytes as they are made. */
  async *file(path: string, content: Buffer | AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    const entry = new ZipPassThrough(path);
    entry.mtime = this.mtime;
    this.zip.add(entry);
    if (Buffer.isBuffer(content)) entry.push(content, true);
    else {
      for await (const chunk of content) {
        entry.push(chunk, false);
        yield* this.drain();
      }
      entry.push(new Uint8Array(0), true);
    }
    yield* this.drain();
  }

  /** The central directory: the archive's last bytes. */
  *end(): Generator<Buffer> {
    this.zip.end();
    yield* this.drain();
  }

  private *drain(): Generator<Buffer> {
    if (this.failure) throw this.failure;
    while (this.ready.length) {
      const chunk = this.ready.shift()!;
      this.written += chunk.length;
      if (this.written > ZIP_MAX_BYTES) throw new RangeError('ZIP archive over 4 GiB (no ZIP64)');
      yield chunk;
    }
  }
}
