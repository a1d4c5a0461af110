// C6 the header parsers of the upload and playback routes: tus Upload-Metadata and Upload-Checksum, and
// HTTP Range against a file's size.
import { describe, expect, it } from 'vitest';
import { parseRange } from './routes.ts';
import { parseUploadMetadata } from './upload-routes.ts';
import { parseChecksumHeader } from './upload-store.ts';

describe('parseUploadMetadata', () => {
  it('decodes base64 values, an empty value, and nothing', () => {
    const v = Buffer.from('现场检查.webm').toString('base64');
    expect(parseUploadMetadata(`filename ${v},important`)).toEqual({
      filename: '现场检查.webm',
      important: '',
    });
    expect(parseUploadMetadata(undefined)).toEqual({});
  });
  it('refuses a duplicated key and a malformed pair with the field named', () => {
    expect(() => parseUploadMetadata('a YQ==,a Yg==')).toThrow(
      expect.objectContaining({ status: 400, details: { field: 'a' } }),
    );
    expect(() => parseUploadMetadata('a YQ== extra')).toThrow(
      expect.objectContaining({ status: 400, details: { field: 'Upload-Metadata' } }),
    );
  });
});

describe('parseChecksumHeader', () => {
  it('accepts the listed algorithms with a base64 digest', () => {
    expect(parseChecksumHeader('sha1 Kq5sNclPz7QV2+lfQIuc6R7oRu0=')).toEqual({
      algorithm: 'sha1',
      base64: 'Kq5sNclPz7QV2+lfQIuc6R7oRu0=',
    });
    expect(parseChecksumHeader(undefined)).toBeNull();
  });
  it('answers 400 for an unknown algorithm or a malformed header', () => {
    expect(parseChecksumHeader('crc32 AAAA')).toMatchObject({ status_code: 400 });
    expect(parseChecksumHeader('sha1')).toMatchObject({ status_code: 400 });
  });
});

describe('parseRange', () => {
  it.each([
    ['bytes=0-99', 1000, { start: 0, end: 99 }],
    ['bytes=900-', 1000, { start: 900, end: 999 }],
    ['bytes=990-5000', 1000, { start: 990, end: 999 }],
    ['bytes=-10', 1000, { start: 990, end: 999 }],
    ['bytes=-5000', 1000, { start: 0, end: 999 }],
    ['bytes=1000-', 1000, null],
    ['bytes=5-4', 1000, null],
    ['bytes=-0', 1000, null],
    ['bytes=-', 1000, null],
    ['bytes=0-1,5-6', 1000, null],
    ['items=0-1', 1000, null],
  ])('%s of %d bytes', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});
