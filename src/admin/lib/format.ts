// Dates and times as a Chinese back office writes them, always in the viewer's (Beijing) local time.
import dayjs from 'dayjs';

export const formatTime = (iso: string | null | undefined) =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—';
export const formatDate = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');
/** antd DatePicker values to the API's calendar dates (YYYY-MM-DD). */
export const toIsoDate = (d: dayjs.Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
export const fromIsoDate = (s: string | null | undefined) => (s ? dayjs(s) : null);
/** Money is integer fen in the API and yuan (two decimals) on screen and in forms. */
export const fenToYuan = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? undefined : fen / 100;
export const yuanToFen = (yuan: number | null | undefined) =>
  yuan === null || yuan === undefined ? null : Math.round(yuan * 100);
export const today = () => dayjs().format('YYYY-MM-DD');
