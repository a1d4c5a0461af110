// H5 Storage: driver selection from configuration; the rest of the platform only sees ObjectStore.
import { FsObjectStore } from './fs-store.ts';
import { S3ObjectStore, type S3StoreConfig } from './s3-store.ts';
import type { ObjectStore } from './types.ts';

export type ObjectStoreConfig = { driver: 'fs'; root: string } | ({ driver: 's3' } & S3StoreConfig);

export function createObjectStore(config: ObjectStoreConfig): ObjectStore {
  switch (config.driver) {
    case 'fs':
      return new FsObjectStore(config.root);
    case 's3': {
      const { driver: _driver, ...s3 } = config;
      return new S3ObjectStore(s3);
    }
  }
}

export { FsObjectStore } from './fs-store.ts';
export { S3ObjectStore, type S3StoreConfig } from './s3-store.ts';
export { requireKind, sniffFile, type FileKind } from './sniff.ts';
export {
  StorageError,
  assertKey,
  type ByteRange,
  type ObjectStore,
  type PutOptions,
  type StorageErrorCode,
  type StoredObject,
} from './types.ts';
