import { Migration } from '@mikro-orm/migrations';

// ledger_rollup_rebuild(date) is what to call after a bulk load with the triggers off (the arrears
// README, "The rollup"): it now rebuilds the payment-times histogram too, so that one call brings
// every rollup back in step. The debtors' rebuild keeps its body under a new name; the far moves of
// ledger_rollup_advance() call ledger_rollup_rebuild by name and so rebuild both (a move of more
// than 400 days: rare, and then correct).
export class Migration20261202145500_rollup_rebuild_all extends Migration {
  override name = 'Migration20261202145500_rollup_rebuild_all';

  override up(): void | Promise<void> {
    this.addSql(`alter function ledger_rollup_rebuild(date) rename to ledger_unit_rollup_rebuild`);
    this.addSql(
      `create function ledger_rollup_rebuild(target date) returns date language plpgsql as $$
       declare v date;
       begin
         v := ledger_unit_rollup_rebuild(target);
         perform ledger_region_payment_days_rebuild();
         return v;
       end $$`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists ledger_rollup_rebuild(date)`);
    this.addSql(`alter function ledger_unit_rollup_rebuild(date) rename to ledger_rollup_rebuild`);
  }
}
