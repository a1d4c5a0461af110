// The system administrators' reminder (C3): in December, when next year's State Council holiday notice
// has not been entered, every other screen they open says so and leads to where it is entered.
import { Alert, Button } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session.tsx';
import { useCoverage } from '../pages/calendar/coverage.ts';

export default function CalendarWarning() {
  const { can } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const manages = can('calendar.manage');
  const coverage = useCoverage(manages);
  // The query is shared with the calendar page, which everyone may open: only administrators get the
  // banner, and not on that page, which shows the same warning beside the entry forms.
  const warning = manages && location.pathname !== '/calendar' ? coverage.data?.warning : null;
  if (!warning) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      role="alert"
      style={{ marginBottom: 16 }}
      message="节假日数据需要录入"
      description={warning}
      action={
        <Button size="small" onClick={() => void navigate('/calendar')}>
          前往录入
        </Button>
      }
    />
  );
}
