// The one ORM configuration of the arrears subgraph: every entity here declares its ownership
// beside its class (the subgraph does not start otherwise).
import { fileURLToPath } from 'node:url';
import { subgraphOrmConfig } from '@arrears-hub/subgraph-kit';
import { ArchiveDocument } from './archive/archive-document.entity.js';
import { CalendarDay } from './calendar/calendar-day.entity.js';
import { CalendarYear } from './calendar/calendar-year.entity.js';
import { Clue } from './clue/clue.entity.js';
import { ClueEvidence } from './clue/clue-evidence.entity.js';
import { ClueInfoRequest } from './clue/clue-info-request.entity.js';
import { ClueLedgerReport } from './clue/clue-ledger-report.entity.js';
import { ReceivableConfirmation } from './confirmation/confirmation.entity.js';
import { Arrear } from './ledger/arrear.entity.js';
import { ArrearPeriod } from './ledger/arrear-period.entity.js';
import { RegionSettings } from './region-settings/region-settings.entity.js';
import { Instalment } from './repayment/instalment.entity.js';
import { Payment } from './repayment/payment.entity.js';
import { RepaymentPlan } from './repayment/repayment-plan.entity.js';
import { CampaignDeadline } from './reporting/campaign-deadline.entity.js';
import { GroupReport } from './reporting/group-report.entity.js';
import { LedgerReport } from './reporting/ledger-report.entity.js';
import { ReportingPeriod } from './reporting/reporting-period.entity.js';
import { LedgerRegionPaymentDays } from './rollup/ledger-region-payment-days.entity.js';
import { LedgerUnitMonth } from './rollup/ledger-unit-month.entity.js';
import { LedgerUnitTotals } from './rollup/ledger-unit-totals.entity.js';
import { LedgerRollupClock } from './rollup/rollup-clock.entity.js';

export const SUBGRAPH_NAME = 'arrears';

export const ormConfig = (clientUrl?: string) =>
  subgraphOrmConfig({
    name: SUBGRAPH_NAME,
    clientUrl,
    entities: [
      Arrear,
      ArrearPeriod,
      Payment,
      RepaymentPlan,
      Instalment,
      ArchiveDocument,
      Clue,
      ClueEvidence,
      ClueInfoRequest,
      ClueLedgerReport,
      ReceivableConfirmation,
      CalendarDay,
      CalendarYear,
      RegionSettings,
      LedgerReport,
      GroupReport,
      ReportingPeriod,
      CampaignDeadline,
      LedgerUnitTotals,
      LedgerUnitMonth,
      LedgerRegionPaymentDays,
      LedgerRollupClock,
    ],
    migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
    migrationsPathTs: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  });

export default ormConfig;
