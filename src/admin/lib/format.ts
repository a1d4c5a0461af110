// Dates and times as a Chinese back office writes them, always in the viewer's (Beijing) local time.
import dayjs from 'dayjs';

export const formatTime = (iso: string | null | undefined) =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—';
export const formatDate = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');
/** antd DatePicker values to the API's calendar dates (YYYY-MM-DD). */
export const toIsoDate = (d: dayjs.Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
export const fromIsoDate = (s: string | null | undefined) => (s ? dayjs(s) : null);
