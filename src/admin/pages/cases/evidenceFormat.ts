// How an evidence file is described on screen: its size in words and its fingerprint shortened (the
// full value stays one hover away, for comparing with a copy held elsewhere).
export function formatBytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} 字节`;
}

export const shortHash = (hex: string) => `${hex.slice(0, 8)}…${hex.slice(-4)}`;
