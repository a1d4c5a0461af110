// A tus 1.0.0 client over real HTTP for the record upload tests, low-level on purpose: it can declare a
// checksum, send part of a chunk and drop the connection, or speak for someone else's session.
import { request } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FFMPEG_PATH } from '../../../src/modules/records/index.ts';
import type { Client } from '../../helpers/app.ts';

export interface TusAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export const meta = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');

export class TusHttp {
  constructor(
    private readonly base: string,
    private readonly auth: Record<string, string>,
  ) {}

  static of(base: string, client: Pick<Client, 'cookie' | 'csrf'>): TusHttp {
    return new TusHttp(base, {
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...(client.csrf ? { 'x-csrf-token': client.csrf } : {}),
    });
  }

  send(
    method: string,
    path: string,
    headers: Record<string, string | number>,
    body?: Buffer,
    cutAfter?: number,
  ): Promise<TusAnswer> {
    return new Promise((resolve, reject) => {
      const req = request(
        `${this.base}${path}`,
        { method, headers: { 'tus-resumable': '1.0.0', ...this.auth, ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode!,
              headers: res.headers,
              body: Buffer.concat(chunks).toString(),
            }),
          );
        },
      );
      req.on('error', (e) =>
        cutAfter !== undefined ? resolve({ status: 0, headers: {}, body: String(e) }) : reject(e),
      );
      if (body && cutAfter !== undefined) {
        // Part of the chunk, then the connection drops as a phone losing its signal would.
        req.write(body.subarray(0, cutAfter), () => setTimeout(() => req.destroy(), 150));
      } else req.end(body);
    });
  }

  create(size: number, metadata: string, extra: Record<string, string> = {}) {
    return this.send('POST', '/api/v1/uploads', {
      'upload-length': size,
      'upload-metadata': metadata,
      ...extra,
    });
  }

  head(location: string) {
    return this.send('HEAD', location, {});
  }

  patch(
    location: string,
    offset: number,
    chunk: Buffer,
    opts: { checksum?: string; cutAfter?: number } = {},
  ) {
    return this.send(
      'PATCH',
      location,
      {
        'content-type': 'application/offset+octet-stream',
        'upload-offset': offset,
        'content-length': chunk.length,
        ...(opts.checksum ? { 'upload-checksum': opts.checksum } : {}),
      },
      chunk,
      opts.cutAfter,
    );
  }
}

/** A short WebM clip (VP8 + Vorbis) made with the bundled ffmpeg; noise keeps it from compressing away. */
export function makeClip(seconds: number, opts: { noise?: boolean } = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'sx-clip-'));
  const out = join(dir, 'clip.webm');
  execFileSync(FFMPEG_PATH, [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc=duration=${seconds}:size=320x240:rate=15`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=440:duration=${seconds}`,
    ...(opts.noise ? ['-vf', 'noise=alls=80:allf=t', '-b:v', '3M'] : []),
    '-c:v',
    'libvpx',
    '-c:a',
    'libvorbis',
    '-shortest',
    '-metadata',
    'creation_time=2026-12-07T01:00:00Z',
    out,
  ]);
  return readFileSync(out);
}

/** The details of a record as a body-cam dock exports them, for `caseId`; `over` replaces any. */
export function details(caseId: string, over: Record<string, string> = {}) {
  return {
    caseId,
    filename: '执法记录仪_0001.webm',
    filetype: 'video/webm',
    kind: 'video',
    activity: 'AV-009',
    title: '现场检查录像',
    place: '示范区人民路 1 号',
    deviceSerial: 'DSJ-A001',
    officerCardId: 'CARD-0001',
    startedAt: '2026-12-07T09:00:00+08:00',
    endedAt: '2026-12-07T09:00:03+08:00',
    important: 'true',
    ...over,
  };
}
