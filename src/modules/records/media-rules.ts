// C6 what the file itself says against what it was declared to be. ffprobe's report (or its failure)
// decides: a "video" with no moving picture, a "photo" that is a film, an HTML page called .mp4 — the
// probe disagrees and the file is refused, so a record always is what its kind says.
import type { AvKind, MediaFacts } from './types.ts';

/** The parts of `ffprobe -show_format -show_streams -print_format json` this module reads. */
export interface ProbeReport {
  format?: { format_name?: string; duration?: string; tags?: Record<string, string> };
  streams?: {
    codec_type?: string;
    codec_name?: string;
    width?: number;
    height?: number;
    duration?: string;
    disposition?: { attached_pic?: number };
    tags?: Record<string, string>;
  }[];
}

/** Codecs of still pictures: a "video" stream of one of these is a photo. */
const IMAGE_CODECS = new Set([
  'mjpeg',
  'png',
  'webp',
  'gif',
  'bmp',
  'tiff',
  'jpeg2000',
  'hevc_image',
  'heif',
]);
const MEDIA_TYPE_PREFIX: Record<AvKind, string> = { video: 'video/', audio: 'audio/', photo: 'image/' };
const KIND_WORDS: Record<AvKind, string> = { video: '录像', audio: '录音', photo: '照片' };

export type MediaJudgement = { ok: true; facts: MediaFacts } | { ok: false; reason: string };

const num = (s: string | undefined) => {
  const n = s === undefined ? NaN : Number(s);
  return Number.isFinite(n) ? n : null;
};

/** What the report says the file is: its facts and the kind of content it holds (null: not media). */
export function factsOf(report: ProbeReport): { facts: MediaFacts; holds: AvKind | null } {
  const streams = report.streams ?? [];
  const pictures = streams.filter((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const moving = pictures.filter((s) => !IMAGE_CODECS.has(s.codec_name ?? ''));
  const audio = streams.filter((s) => s.codec_type === 'audio');
  const video = moving[0] ?? pictures[0];
  const created =
    report.format?.tags?.creation_time ?? streams.find((s) => s.tags?.creation_time)?.tags?.creation_time;
  const createdAt = created && !Number.isNaN(Date.parse(created)) ? new Date(created).toISOString() : null;
  const holds: AvKind | null =
    moving.length > 0 ? 'video' : pictures.length > 0 ? 'photo' : audio.length > 0 ? 'audio' : null;
  const duration = num(report.format?.duration) ?? num(video?.duration ?? audio[0]?.duration);
  return {
    holds,
    facts: {
      format: report.format?.format_name ?? null,
      durationSeconds: holds === 'photo' ? null : duration,
      createdAt,
      videoCodec: video?.codec_name ?? null,
      audioCodec: audio[0]?.codec_name ?? null,
      width: video?.width ?? null,
      height: video?.height ?? null,
      mismatch: null,
    },
  };
}

/**
 * Judges a probe against the declared kind and media type. `report` null means ffprobe could not read
 * the file as media at all.
 */
export function judgeMedia(kind: AvKind, mimeType: string, report: ProbeReport | null): MediaJudgement {
  if (!mimeType.startsWith(MEDIA_TYPE_PREFIX[kind]))
    return {
      ok: false,
      reason: `文件类型 ${mimeType} 与记录类型（${KIND_WORDS[kind]}）不符`,
    };
  if (!report) return { ok: false, reason: `文件内容不是可识别的${KIND_WORDS[kind]}（媒体分析无法读取）` };
  const { facts, holds } = factsOf(report);
  if (holds === null) return { ok: false, reason: `文件内容不含音视频或图像数据，不是${KIND_WORDS[kind]}` };
  // A video with its own sound is a video; an audio file with cover art is audio (attached_pic is skipped).
  if (holds !== kind)
    return {
      ok: false,
      reason: `文件内容是${KIND_WORDS[holds]}，与声明的${KIND_WORDS[kind]}不符`,
    };
  if (kind !== 'photo' && !(facts.durationSeconds !== null && facts.durationSeconds > 0))
    return { ok: false, reason: `文件内容没有时长，不是可播放的${KIND_WORDS[kind]}` };
  return { ok: true, facts };
}
