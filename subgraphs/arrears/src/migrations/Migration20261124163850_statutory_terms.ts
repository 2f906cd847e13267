import { Migration } from '@mikro-orm/migrations';

export class Migration20261124163850_statutory_terms extends Migration {
  override name = 'Migration20261124163850_statutory_terms';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "arrear" add "contract_terms" jsonb null, add "statutory_due_on" date null, add "payment_term_basis" text null, add "has_repayment_plan" boolean not null default false;`,
    );
    this.addSql(`create index "arrear_statutory_due_on_index" on "arrear" ("statutory_due_on");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "arrear_statutory_due_on_index";`);
    this.addSql(
      `alter table "arrear" drop column "contract_terms", drop column "statutory_due_on", drop column "payment_term_basis", drop column "has_repayment_plan";`,
    );
  }
}
