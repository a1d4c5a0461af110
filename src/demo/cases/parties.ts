// The parties of the demo cases (fictional), with valid credit codes and ID numbers.
import { creditCodeCheckChar, idNumberCheckChar } from '../../modules/bodies/rules.ts';

/** A valid credit code (with its check character) from its first 17 characters. */
export const cc = (first17: string) => first17 + creditCodeCheckChar(first17);

export const CLINIC = {
  role: 'party' as const,
  type: 'organisation' as const,
  name: '示范区康宁口腔诊所有限公司',
  creditCode: cc('91350100M000100Y4'),
  legalRepresentative: '林海',
  address: '示范区健康路 18 号',
  phone: '0999-6618888',
  idType: null,
  idNumber: null,
  minor: false,
};

export const HOTEL = {
  role: 'party' as const,
  type: 'organisation' as const,
  name: '示范区悦来宾馆有限公司',
  creditCode: cc('91350100MA2Y8K3X1'),
  legalRepresentative: '陈平',
  address: '示范区人民路 8 号',
  phone: '0999-6620001',
  idType: null,
  idNumber: null,
  minor: false,
};

export const PERSON = {
  role: 'party' as const,
  type: 'person' as const,
  name: '刘某',
  idType: '居民身份证',
  idNumber: `35010219900101123${idNumberCheckChar('35010219900101123')}`,
  creditCode: null,
  legalRepresentative: null,
  address: '示范区和平街 3 号',
  phone: '13900000001',
  minor: false,
};

/** A witness or an agent met during an investigation (C4): a person with an address and a phone. */
export const companion = (
  role: 'witness' | 'agent',
  name: string,
  address: string,
  phone: string,
  representsId: string | null = null,
) => ({
  role,
  type: 'person' as const,
  name,
  idType: null,
  idNumber: null,
  creditCode: null,
  legalRepresentative: null,
  address,
  phone,
  minor: false,
  representsId,
});
