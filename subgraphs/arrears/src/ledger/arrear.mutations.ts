import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  auditSnapshot,
  inTransaction,
  recordAudit,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { RegisterArrearInput } from './arrear.inputs.js';
import { jurisdictionOf } from '../scope.js';
import { checkParties, createLedgerLine, validateRegistration } from '../workflow/registration.js';
import { refreshDueDate } from '../workflow/statutory.js';

const CONFLICTS = {
  unique: {
    arrear_debtor_creditor_contract_unique:
      'This debt is already in the ledger (same debtor, creditor and contract number): update it instead of registering it again.',
  },
};

@Resolver(() => Arrear)
export class ArrearMutationResolver {
  @Authorized('ADMIN', 'LEADING_GROUP', 'BUREAU')
  @Mutation(() => Arrear, {
    description:
      'Adds a debt to the ledger (台账). Same debtor + creditor + contract number twice is a CONFLICT.',
  })
  registerArrear(
    @Arg('input', () => RegisterArrearInput) input: RegisterArrearInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Arrear> {
    return inTransaction(
      ctx,
      async (em) => {
        const checked = validateRegistration(input);
        const debtor = await checkParties(input);
        // A bureau writes its own ledger (and those of the units it supervises).
        (await jurisdictionOf(ctx)).assertUnit(debtor.id, `${debtor.name}`);
        const arrear = createLedgerLine(em, input, checked, debtor, ctx.viewer.id);
        await refreshDueDate(em, arrear);
        await em.flush();
        // The generated `outstanding` column is computed by PostgreSQL: read it back.
        await em.refresh(arrear);
        recordAudit(em, ctx.viewer, {
          entity: 'Arrear',
          entityId: arrear.id,
          action: 'CREATE',
          after: auditSnapshot(arrear),
        });
        return arrear;
      },
      CONFLICTS,
    );
  }
}
