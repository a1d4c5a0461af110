// Hostile spreadsheets for the import limits (issue 14, finding 5): small files that expand into work far
// beyond their size. Built by hand with fflate (exceljs would refuse to write them), so each part says
// exactly what it is.
import { zipSync, type Zippable } from 'fflate';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

function pack(sheet: string, sharedStrings: string): Buffer {
  const enc = (s: string) => new TextEncoder().encode(s);
  const files: Zippable = {
    '[Content_Types].xml': enc(CONTENT_TYPES),
    '_rels/.rels': enc(ROOT_RELS),
    'xl/workbook.xml': enc(WORKBOOK),
    'xl/_rels/workbook.xml.rels': enc(WORKBOOK_RELS),
    'xl/worksheets/sheet1.xml': enc(sheet),
    'xl/sharedStrings.xml': enc(sharedStrings),
  };
  return Buffer.from(zipSync(files, { level: 9 }));
}

/** One header row of shared strings, then `count` shared strings no cell uses: a ~200 KB file for 3 million. */
export function manySharedStrings(count: number, headers: string[] = ['姓名']): Buffer {
  const cells = headers.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`);
  const sheet = `${SHEET_HEAD}<row r="1">${cells.join('')}</row>${SHEET_TAIL}`;
  const strings = [...headers.map((h) => `<si><t>${h}</t></si>`)];
  // Short varied strings, as a generated file would hold; the same string repeated would compress better.
  for (let i = headers.length; i < count; i++) strings.push(`<si><t>${i % 10}</t></si>`);
  return pack(
    sheet,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">${strings.join('')}</sst>`,
  );
}

/** A worksheet part of `megabytes` MB of whitespace: a zip bomb that inflates ~1000 : 1. */
export function inflatingSheet(megabytes: number): Buffer {
  const padding = ' '.repeat(megabytes * 1024 * 1024);
  return pack(
    `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>${padding}${SHEET_TAIL}`,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>',
  );
}

/**
 * The same bomb whose zip headers understate the worksheet's size (1 KB declared): only a check of the
 * bytes actually inflated catches it.
 */
export function lyingInflatingSheet(megabytes: number): Buffer {
  const zip = inflatingSheet(megabytes);
  const target = 'xl/worksheets/sheet1.xml';
  // Local file headers (PK\3\4: size at +22) and central directory headers (PK\1\2: size at +24).
  for (let i = 0; i + 4 <= zip.length; i++) {
    const sig = zip.readUInt32LE(i);
    if (sig === 0x04034b50 && zip.toString('utf8', i + 30, i + 30 + zip.readUInt16LE(i + 26)) === target)
      zip.writeUInt32LE(1024, i + 22);
    if (sig === 0x02014b50 && zip.toString('utf8', i + 46, i + 46 + zip.readUInt16LE(i + 28)) === target)
      zip.writeUInt32LE(1024, i + 24);
  }
  return zip;
}

/**
 * Rows of inline-string cells whose XML text is given as it is (so a test can write `&#0;` or a raw NUL,
 * which no spreadsheet library would write).
 */
export function rawInlineCells(rows: string[][]): Buffer {
  const letter = (i: number) => String.fromCharCode(65 + i);
  const xml = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((t, i) => `<c r="${letter(i)}${r + 1}" t="inlineStr"><is><t>${t}</t></is></c>`).join('')}</row>`,
    )
    .join('');
  return pack(
    `${SHEET_HEAD}${xml}${SHEET_TAIL}`,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>',
  );
}

/** `rows` rows of `columns` short inline cells: many cells in a small file. */
export function manyCells(rows: number, columns: number, headers: string[] = ['姓名']): Buffer {
  const parts: string[] = [SHEET_HEAD];
  parts.push(
    `<row r="1">${headers.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`,
  );
  const letters = (i: number): string =>
    (i >= 26 ? letters(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
  for (let r = 2; r <= rows + 1; r++)
    parts.push(
      `<row r="${r}">${Array.from({ length: columns }, (_, i) => `<c r="${letters(i)}${r}"><v>1</v></c>`).join('')}</row>`,
    );
  parts.push(SHEET_TAIL);
  return pack(
    parts.join(''),
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>',
  );
}
