// Measures a .xlsx against the import limits before the spreadsheet library sees it. The zip's central
// directory declares every part's size: too much declared is refused before anything is inflated. A
// zip can lie, so each part is then inflated with its declared size as a hard cap (zlib stops at
// maxOutputLength) and must come out exactly that size. Last, the inflated XML is counted: shared strings
// in the string table, rows and cells in the worksheets. The library then inflates the same, verified
// parts again; that costs a second pass over at most `uncompressedBytes`, and no parsing of what is refused.
import { inflateRawSync } from 'node:zlib';
import { LIMIT_MESSAGES, NOT_XLSX, type SheetLimits } from './limits.ts';
import { markUnstorable } from './unstorable-xml.ts';

/** Why the package is refused, as a message for the user. */
export class PackageRefused extends Error {}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function notXlsx(): never {
  throw new PackageRefused(NOT_XLSX);
}

/** The ZIP64 extra field's sizes and offset, for values the 32-bit fields mark as 0xFFFFFFFF. */
function zip64(data: Buffer, extraStart: number, extraEnd: number, e: Entry) {
  for (let p = extraStart; p + 4 <= extraEnd;) {
    const id = data.readUInt16LE(p);
    const len = data.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        if (q + 8 > p + 4 + len) notXlsx();
        const v = Number(data.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = next();
      if (e.compressedSize === 0xffffffff) e.compressedSize = next();
      if (e.localOffset === 0xffffffff) e.localOffset = next();
      return;
    }
    p += 4 + len;
  }
}

function centralDirectory(data: Buffer, limits: SheetLimits): Entry[] {
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--)
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) notXlsx();
  const count = data.readUInt16LE(eocd + 10);
  let p = data.readUInt32LE(eocd + 16);
  // 0xFFFF entries means a ZIP64 directory: more parts than any spreadsheet we accept.
  if (count > limits.entries || count === 0xffff) throw new PackageRefused(LIMIT_MESSAGES.entries(limits));
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== CENTRAL) notXlsx();
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    const e: Entry = {
      name: data.toString('utf8', p + 46, p + 46 + nameLength),
      method: data.readUInt16LE(p + 10),
      compressedSize: data.readUInt32LE(p + 20),
      size: data.readUInt32LE(p + 24),
      localOffset: data.readUInt32LE(p + 42),
    };
    zip64(data, p + 46 + nameLength, p + 46 + nameLength + extraLength, e);
    entries.push(e);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflate(data: Buffer, e: Entry, limits: SheetLimits): Buffer {
  const p = e.localOffset;
  if (p + 30 > data.length || data.readUInt32LE(p) !== LOCAL) notXlsx();
  const start = p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28);
  if (start + e.compressedSize > data.length) notXlsx();
  const raw = data.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (raw.length !== e.size) notXlsx();
    return raw;
  }
  if (e.method !== 8) notXlsx();
  let out: Buffer;
  try {
    // One byte more than declared is enough to prove a lie without inflating the rest.
    out = inflateRawSync(raw, { maxOutputLength: e.size + 1 });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new PackageRefused(LIMIT_MESSAGES.uncompressedBytes(limits));
    notXlsx();
  }
  if (out.length > e.size) throw new PackageRefused(LIMIT_MESSAGES.uncompressedBytes(limits));
  if (out.length !== e.size) notXlsx();
  return out;
}

/** Occurrences of the start tag `<name` (followed by a space, `>` or `/`) in XML bytes. */
export function countTags(xml: Buffer, name: string, stopAfter = Infinity): number {
  const needle = Buffer.from(`<${name}`);
  let n = 0;
  for (let i = xml.indexOf(needle); i >= 0 && n <= stopAfter; i = xml.indexOf(needle, i + needle.length)) {
    const next = xml[i + needle.length];
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d)
      n++;
  }
  return n;
}

/**
 * Throws PackageRefused when the package is not a zip or breaks a limit; parses nothing it refuses.
 * Returns the text parts that hold unstorable characters, with them marked (unstorable-xml.ts).
 */
export function checkPackage(data: Buffer, limits: SheetLimits): Map<string, Buffer> {
  if (data.length < 22) notXlsx();
  const entries = centralDirectory(data, limits);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.uncompressedBytes) throw new PackageRefused(LIMIT_MESSAGES.uncompressedBytes(limits));
  let cells = 0;
  let rows = 0;
  const marked = new Map<string, Buffer>();
  for (const e of entries) {
    const isStrings = /^xl\/sharedStrings\.xml$/i.test(e.name);
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
    const xml = inflate(data, e, limits);
    if (isStrings && countTags(xml, 'si', limits.sharedStrings) > limits.sharedStrings)
      throw new PackageRefused(LIMIT_MESSAGES.sharedStrings(limits));
    if (isSheet) {
      // The first worksheet's header row is not a data row; other sheets count in full (over-counting
      // by one per extra sheet is harmless).
      rows = Math.max(rows, countTags(xml, 'row', limits.rows + 1) - 1);
      if (rows > limits.rows) throw new PackageRefused(LIMIT_MESSAGES.rows(limits));
      cells += countTags(xml, 'c', limits.cells - cells);
      if (cells > limits.cells) throw new PackageRefused(LIMIT_MESSAGES.cells(limits));
    }
    const marks = isStrings || isSheet ? markUnstorable(xml) : null;
    if (marks) marked.set(e.name, marks);
  }
  return marked;
}
