// C6 media facts from the file itself, with the ffprobe and ffmpeg binaries that arrive inside their npm
// packages (@ffprobe-installer, @ffmpeg-installer): no system package, no download at install time.
import { execFile } from 'node:child_process';
import ffmpeg from '@ffmpeg-installer/ffmpeg';
import ffprobe from '@ffprobe-installer/ffprobe';
import type { ProbeReport } from './media-rules.ts';

const PROBE_TIMEOUT_MS = 60_000;

function run(bin: string, args: string[], encoding: 'utf8' | 'buffer'): Promise<string | Buffer | null> {
  return new Promise((resolve) => {
    execFile(
      bin,
      args,
      { encoding, timeout: PROBE_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024, windowsHide: true },
      (err, stdout) => resolve(err ? null : stdout),
    );
  });
}

/** ffprobe's report on the file, or null when it cannot read the file as media. */
export async function probeFile(path: string): Promise<ProbeReport | null> {
  const out = await run(
    ffprobe.path,
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', path],
    'utf8',
  );
  if (out === null) return null;
  try {
    return JSON.parse(out as string) as ProbeReport;
  } catch {
    return null;
  }
}

/** A JPEG poster frame (320 px wide) from about a second in, or the first frame of a shorter clip. */
export async function posterFrame(path: string, durationSeconds: number | null): Promise<Buffer | null> {
  const at = durationSeconds !== null && durationSeconds > 2 ? 1 : 0;
  const out = await run(
    ffmpeg.path,
    [
      '-v',
      'error',
      '-ss',
      String(at),
      '-i',
      path,
      '-frames:v',
      '1',
      '-vf',
      'scale=320:-2',
      '-f',
      'image2',
      '-c:v',
      'mjpeg',
      'pipe:1',
    ],
    'buffer',
  );
  return out && (out as Buffer).length > 0 ? (out as Buffer) : null;
}

/** The bundled ffmpeg, for tests and the demo that make short clips. */
export const FFMPEG_PATH = ffmpeg.path;
