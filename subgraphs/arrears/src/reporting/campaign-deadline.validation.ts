// A campaign deadline as the leading group defines it: a title, a region code, a source document.
import { checkText, Problems, type Problem } from '@arrears-hub/subgraph-kit';
import type { CampaignDeadlineKind } from './reporting.enums.js';

export interface DeadlineDefinition {
  regionCode: string;
  title: string;
  kind: CampaignDeadlineKind;
  dueOn: string;
  source?: string | null;
}

export function deadlineProblems(d: DeadlineDefinition): Problem[] {
  const p = new Problems();
  checkText(p, d.title, 'title', {
    required: true,
    max: 300,
    message: '请填写期限名称（2–300 个字符；give the deadline a title）。',
  });
  p.check(
    /^\d{6}(\d{3})?$/.test(d.regionCode),
    'regionCode',
    '行政区划代码为 6 位或 9 位数字（a region code has 6 or 9 digits）。',
  );
  checkText(p, d.source, 'source', { max: 300 });
  return p.list;
}
