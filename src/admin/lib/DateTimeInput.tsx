// A date and time to the minute. On a phone the antd picker (date and time panels side by side) is wider
// than the screen, so there the browser's own datetime-local control is used; both give a Dayjs.
import type { CSSProperties } from 'react';
import { DatePicker, Grid, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

const NATIVE_FORMAT = 'YYYY-MM-DDTHH:mm';

export default function DateTimeInput({
  value,
  onChange,
  disabled,
  maxDate,
  id,
  style,
}: {
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  disabled?: boolean;
  /** The last day that may be chosen. */
  maxDate?: Dayjs;
  id?: string;
  style?: CSSProperties;
}) {
  const screens = Grid.useBreakpoint();
  if (screens.md === false) {
    return (
      <Input
        id={id}
        type="datetime-local"
        disabled={disabled}
        style={style}
        value={value ? value.format(NATIVE_FORMAT) : ''}
        max={maxDate ? maxDate.endOf('day').format(NATIVE_FORMAT) : undefined}
        onChange={(e) => onChange?.(e.target.value ? dayjs(e.target.value, NATIVE_FORMAT) : null)}
      />
    );
  }
  return (
    <DatePicker
      id={id}
      showTime={{ format: 'HH:mm' }}
      format="YYYY-MM-DD HH:mm"
      disabled={disabled}
      style={style}
      value={value ?? null}
      onChange={(d) => onChange?.(d ?? null)}
      disabledDate={maxDate ? (d) => d.isAfter(maxDate, 'day') : undefined}
    />
  );
}
