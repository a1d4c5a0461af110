// Which years the working-day calendar covers (C3), and how next year's State Council holiday notice is
// entered when it is published: shown to everyone who counts deadlines, with the warning the server gives.
import { Alert, Card, Descriptions, Typography } from 'antd';
import { errorText } from '../../lib/errors.ts';
import { useCoverage, yearRanges } from './coverage.ts';

export default function HolidayDataCard() {
  const coverage = useCoverage();
  const c = coverage.data;
  return (
    <Card title="节假日数据" size="small" style={{ marginTop: 16 }} loading={coverage.isPending}>
      {coverage.isError ? <Alert type="error" showIcon message={errorText(coverage.error)} /> : null}
      {c ? (
        <>
          {c.warning ? (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={c.warning} />
          ) : null}
          <Descriptions
            bordered
            size="small"
            column={1}
            styles={{ label: { width: 140 } }}
            items={[
              { key: 'covered', label: '可计算的年份', children: yearRanges(c.coveredYears) },
              {
                key: 'package',
                label: '随程序提供',
                children: `${yearRanges(c.packageYears)}（国务院办公厅节假日安排通知，随 chinese-days 数据包安装）`,
              },
              {
                key: 'entered',
                label: '按通知录入',
                children: c.enteredYears.length
                  ? c.enteredYears.map((e) => `${e.year}（${e.source}）`).join('；')
                  : '无',
              },
            ]}
          />
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }} type="secondary">
            期限落在未覆盖的年份时只能暂定（标记为“暂定”）。国务院办公厅通常在每年 11
            月前后发布次年部分节假日安排的通知； 通知发布后，由系统管理员在本页“录入节假日通知”中：①
            将通知中落在周一至周五的每个放假日录入为“放假”； ② 将每个调休上班的周六、周日录入为“上班”；③
            全部录入后，填写通知文号，声明该年已按通知录入。
            声明后，每日提醒任务会按新数据重算暂定期限。升级到包含该年数据的新版本同样可以覆盖该年。
          </Typography.Paragraph>
        </>
      ) : null}
    </Card>
  );
}
