// The one ORM configuration of the arrears subgraph.
import { fileURLToPath } from 'node:url';
import { subgraphOrmConfig } from '@arrears-hub/subgraph-kit';
import { Arrear } from './entities/arrear.entity.js';
import { CalendarDay } from './entities/calendar-day.entity.js';
import { CampaignDeadline } from './entities/campaign-deadline.entity.js';
import { LedgerReport, ReportingPeriod } from './entities/ledger-report.entity.js';
import { Clue } from './entities/clue.entity.js';
import { ArchiveDocument } from './entities/document.entity.js';
import { Payment } from './entities/payment.entity.js';
import { Instalment, RepaymentPlan } from './entities/repayment-plan.entity.js';

export const SUBGRAPH_NAME = 'arrears';

export const ormConfig = (clientUrl?: string) =>
  subgraphOrmConfig({
    name: SUBGRAPH_NAME,
    clientUrl,
    entities: [
      Arrear,
      Payment,
      RepaymentPlan,
      Instalment,
      ArchiveDocument,
      Clue,
      CalendarDay,
      LedgerReport,
      ReportingPeriod,
      CampaignDeadline,
    ],
    migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
    migrationsPathTs: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  });

export default ormConfig;
