// Ambient declarations for the Vite-built admin app. The root tsconfig resolves modules the Node way
// (NodeNext), where antd's extensionless, export-map-less locale path neither resolves nor keeps its
// default export; Vite resolves it fine, so we state its type here once.
/// <reference types="vite/client" />

declare module 'antd/es/locale/zh_CN' {
  import type { Locale } from 'antd/es/locale/index.js';
  const locale: Locale;
  export default locale;
}
