// Payment performance reads one half-year of payments: an index range of paid_on (issue 19).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202112859_payment_paid_on extends Migration {
  override name = 'Migration20261202112859_payment_paid_on';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "payment_paid_on_index" on "payment" ("paid_on", "arrear_id") include ("amount");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "payment_paid_on_index";`);
  }
}
