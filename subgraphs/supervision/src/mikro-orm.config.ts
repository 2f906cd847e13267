// The one ORM configuration of the supervision subgraph: its entities (each declares its
// ownership in its own file) and its committed migrations.
import { fileURLToPath } from 'node:url';
import { subgraphOrmConfig } from '@arrears-hub/subgraph-kit';
import { Assessment } from './assessment/assessment.entity.js';
import { Audit } from './audit/audit.entity.js';
import { Finding } from './audit/finding.entity.js';
import { Rectification } from './audit/rectification.entity.js';
import { Accountability } from './case/accountability.entity.js';
import { SupervisionCase } from './case/case.entity.js';
import { SUBGRAPH_NAME } from './config.js';
import { Disclosure } from './disclosure/disclosure.entity.js';
import { FollowUpCall } from './inspection/follow-up-call.entity.js';
import { Inspection } from './inspection/inspection.entity.js';
import { PaymentPerformanceReport } from './payment-register/payment-report.entity.js';
import { Penalty } from './penalty/penalty.entity.js';

export const ormConfig = (clientUrl?: string) =>
  subgraphOrmConfig({
    name: SUBGRAPH_NAME,
    clientUrl,
    entities: [
      Audit,
      Finding,
      Rectification,
      SupervisionCase,
      Accountability,
      Inspection,
      FollowUpCall,
      Penalty,
      Disclosure,
      Assessment,
      PaymentPerformanceReport,
    ],
    migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
    migrationsPathTs: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  });

export default ormConfig;
