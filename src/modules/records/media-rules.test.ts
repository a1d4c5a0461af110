// C6 the probe against the declared kind: each disagreement refused with its reason, facts read exactly.
import { describe, expect, it } from 'vitest';
import { judgeMedia, type ProbeReport } from './media-rules.ts';

const video: ProbeReport = {
  format: {
    format_name: 'matroska,webm',
    duration: '3.003000',
    tags: { creation_time: '2026-12-07T01:00:00.000000Z' },
  },
  streams: [
    { codec_type: 'video', codec_name: 'vp8', width: 320, height: 240 },
    { codec_type: 'audio', codec_name: 'vorbis' },
  ],
};
const audio: ProbeReport = {
  format: { format_name: 'mp3', duration: '12.5' },
  streams: [
    { codec_type: 'audio', codec_name: 'mp3' },
    { codec_type: 'video', codec_name: 'mjpeg', disposition: { attached_pic: 1 } },
  ],
};
const photo: ProbeReport = {
  format: { format_name: 'image2', duration: '0.040000' },
  streams: [{ codec_type: 'video', codec_name: 'mjpeg', width: 4000, height: 3000 }],
};

describe('judgeMedia', () => {
  it('reads the facts of a video', () => {
    expect(judgeMedia('video', 'video/webm', video)).toEqual({
      ok: true,
      facts: {
        format: 'matroska,webm',
        durationSeconds: 3.003,
        createdAt: '2026-12-07T01:00:00.000Z',
        videoCodec: 'vp8',
        audioCodec: 'vorbis',
        width: 320,
        height: 240,
        mismatch: null,
      },
    });
  });

  it('takes audio with cover art as audio, and a still as a photo without duration', () => {
    expect(judgeMedia('audio', 'audio/mpeg', audio)).toMatchObject({
      ok: true,
      facts: { durationSeconds: 12.5, audioCodec: 'mp3' },
    });
    expect(judgeMedia('photo', 'image/jpeg', photo)).toMatchObject({
      ok: true,
      facts: { durationSeconds: null, width: 4000 },
    });
  });

  it.each([
    ['video', 'image/jpeg', video, '文件类型 image/jpeg 与记录类型（录像）不符'],
    ['video', 'video/mp4', null, '文件内容不是可识别的录像（媒体分析无法读取）'],
    ['video', 'video/mp4', photo, '文件内容是照片，与声明的录像不符'],
    ['audio', 'audio/webm', video, '文件内容是录像，与声明的录音不符'],
    ['photo', 'image/png', audio, '文件内容是录音，与声明的照片不符'],
    [
      'video',
      'video/mp4',
      { format: { format_name: 'tty' }, streams: [] },
      '文件内容不含音视频或图像数据，不是录像',
    ],
    [
      'video',
      'video/mp4',
      { format: { format_name: 'mov' }, streams: [{ codec_type: 'video', codec_name: 'h264' }] },
      '文件内容没有时长，不是可播放的录像',
    ],
  ] as const)('refuses %s declared %s when the probe disagrees', (kind, type, report, reason) => {
    expect(judgeMedia(kind, type, report as ProbeReport | null)).toEqual({ ok: false, reason });
  });
});
