// C5 the API shapes of case documents: an issue request (the template's inputs and the party's signature
// or refusal), the body's document settings, an issued document, and one as the case page lists it.
import { z } from 'zod';
import { requiredText, trimmedText } from '../../../platform/text.ts';

export const inputs = z
  .record(z.string().max(50), z.string().max(20_000))
  .refine((r) => Object.keys(r).length <= 50, '填写项过多')
  .default({});
export const issueInput = z.object({
  template: trimmedText().min(1, '请选择文书').max(50),
  inputs,
  party: z
    .object({
      signaturePng: z
        .string()
        .max(700_000, '签名图片过大')
        .regex(/^[A-Za-z0-9+/]+=*$/, '签名须为 base64 编码的 PNG')
        .optional(),
      refusedNote: trimmedText().min(1).max(500).optional(),
    })
    .optional(),
});
/** 较大数额罚款 in fen: whole yuan from 1 yuan to 1 亿元. */
const hearingFine = (whom: string) =>
  z
    .number()
    .int()
    .min(100, `${whom}的较大数额罚款标准至少 1 元`)
    .max(10_000_000_000, `${whom}的较大数额罚款标准不超过 1 亿元`)
    .refine((fen) => fen % 100 === 0, `${whom}的较大数额罚款标准须为整元`)
    .describe(`${whom}处以该数额以上罚款的，当事人可以要求听证（行政处罚法第六十三条，以分计）`);
export const settingsBody = z.object({
  numberPattern: trimmedText().min(1).max(60),
  region: requiredText(10, '地区简称'),
  reviewAuthority: requiredText(100, '行政复议机关'),
  court: requiredText(100, '人民法院'),
  paymentBank: requiredText(100, '代收银行'),
  hearingFinePersonFen: hearingFine('对公民'),
  hearingFineOrganisationFen: hearingFine('对法人或者其他组织'),
  version: z.number().int().nonnegative(),
});
export const documentOutput = z.object({
  id: z.string(),
  caseId: z.string(),
  template: z.string(),
  templateVersion: z.number(),
  title: z.string(),
  number: z.string().nullable(),
  issuedOn: z.string(),
  contentHash: z.string(),
  contentIntact: z.boolean(),
  docxSha256: z.string(),
  pdfSha256: z.string(),
  signatures: z.array(
    z.object({
      name: z.string(),
      certificateNo: z.string(),
      publicKey: z.string().describe('SM2 公钥（未压缩点，十六进制）'),
      publicKeyPem: z.string().describe('SM2 公钥（SubjectPublicKeyInfo PEM，可直接用于 openssl）'),
      format: z
        .number()
        .int()
        .describe('签名报文格式：1 仅覆盖内容 SM3；2 同时覆盖 PDF 与 DOCX 的 SHA-256 与 SM3'),
      signedMessage: z.string().describe('被签名的报文原文（UTF-8）'),
      signedMessageBase64: z.string().describe('被签名报文的确切字节（Base64）'),
      signatureDerHex: z.string(),
      signatureDerBase64: z.string().describe('SM2 签名（DER，Base64；SM3，默认用户标识 1234567812345678）'),
      fingerprint: z.string(),
      valid: z.boolean(),
    }),
  ),
  partyConfirmation: z.string().nullable(),
});

/** An issued document as the case page lists it. */
export const documentListItem = z.object({
  id: z.string(),
  template: z.string(),
  templateVersion: z.number(),
  title: z.string(),
  number: z.string().nullable(),
  issuedOn: z.string(),
  contentHash: z.string(),
  signed: z.number(),
  partyConfirmation: z.string().nullable(),
});
