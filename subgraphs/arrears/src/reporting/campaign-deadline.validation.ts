// A campaign deadline as the leading group defines it: a title, a region code, a source document.
import { checkText, Problems, type Problem } from '@arrears-hub/subgraph-kit';
import type { CampaignDeadlineKind } from './reporting.enums.js';
import { arrearsMessages as msg } from '../messages.js';

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
    message: msg.deadlineTitleRequired(),
  });
  p.check(/^\d{6}(\d{3})?$/.test(d.regionCode), 'regionCode', msg.regionCodeForm());
  checkText(p, d.source, 'source', { max: 300 });
  return p.list;
}
