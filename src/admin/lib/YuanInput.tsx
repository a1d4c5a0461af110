// An amount in yuan. A text field (not a number spinner) so the typed digits reach parseYuanToFen as
// typed, with the decimal keypad on phones.
import type { CSSProperties } from 'react';
import { Input } from 'antd';

export default function YuanInput({
  value,
  onChange,
  placeholder,
  id,
  style,
  'aria-label': ariaLabel,
}: {
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
  id?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  return (
    <Input
      id={id}
      value={value}
      inputMode="decimal"
      autoComplete="off"
      placeholder={placeholder ?? '0.00'}
      aria-label={ariaLabel}
      suffix="元"
      style={style}
      onChange={(e) => onChange?.(e.target.value)}
    />
  );
}
