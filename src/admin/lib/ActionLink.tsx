// A text action in a table row. A real link (href) so it is reachable by keyboard and announced by
// name to screen readers and browser tests; the click is handled in place, never navigated.
import type { MouseEvent, ReactNode } from 'react';

export default function ActionLink({
  onClick,
  children,
  danger,
}: {
  onClick: () => void;
  children: ReactNode;
  danger?: boolean;
}) {
  return (
    <a
      href="#"
      style={danger ? { color: '#cf1322' } : undefined}
      onClick={(e: MouseEvent) => {
        e.preventDefault();
        onClick();
      }}
    >
      {children}
    </a>
  );
}
