import { Migration } from '@mikro-orm/migrations';

export class Migration20261201211543_money_ledger_as_of_size extends Migration {
  override name = 'Migration20261201211543_money_ledger_as_of_size';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "arrear_period" ("id" uuid not null, "arrear_id" uuid not null, "kind" text not null, "started_on" date not null, "ended_on" date null, "disputed_amount" numeric(18,2) null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "arrear_period_arrear_id_index" on "arrear_period" ("arrear_id");`);

    // Debts already in the ledger: their creditor's size at signing is not known yet (treated as an
    // SME and flagged until recordCreditorSize sets it); the term started on acceptance or delivery.
    // The defaults only fill the existing rows: every new line must say it (no default).
    this.addSql(
      `alter table "arrear" add "creditor_size_at_signing" text not null default 'UNKNOWN', add "creditor_size_source" text not null default 'UNKNOWN', add "creditor_size_basis" text not null default '登记于枢纽记录签订时企业规模之前：规模待核实（recordCreditorSize）。', add "payment_term_starts_on" date null;`,
    );
    this.addSql(
      `alter table "arrear" alter column "creditor_size_at_signing" drop default, alter column "creditor_size_source" drop default, alter column "creditor_size_basis" drop default;`,
    );
    this.addSql(
      `update "arrear" set "payment_term_starts_on" = coalesce("accepted_on", "delivered_on") where "statutory_due_on" is not null;`,
    );
    this.addSql(
      `alter table "arrear" add constraint "arrear_creditor_size_at_signing_check" check ("creditor_size_at_signing" in ('LARGE', 'MEDIUM', 'SMALL', 'MICRO', 'UNKNOWN'));`,
    );
    this.addSql(
      `alter table "arrear" add constraint "arrear_creditor_size_source_check" check ("creditor_size_source" in ('SIZE_FACTS', 'DECLARED', 'SIZE_FACTS_AFTER_SIGNING', 'ENTERPRISE_KIND', 'UNKNOWN'));`,
    );

    this.addSql(`alter table "payment" add "disbursement_id" uuid null;`);
    this.addSql(
      `alter table "payment" add constraint "payment_disbursement_unique" unique ("disbursement_id");`,
    );

    this.addSql(
      `alter table "arrear_period" add constraint "arrear_period_arrear_id_foreign" foreign key ("arrear_id") references "arrear" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "arrear_period" add constraint "arrear_period_kind_check" check ("kind" in ('DISPUTE', 'JUDICIAL'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "arrear_period" cascade;`);

    this.addSql(`alter table "arrear" drop constraint "arrear_creditor_size_at_signing_check";`);
    this.addSql(`alter table "arrear" drop constraint "arrear_creditor_size_source_check";`);
    this.addSql(
      `alter table "arrear" drop column "creditor_size_at_signing", drop column "creditor_size_source", drop column "creditor_size_basis", drop column "payment_term_starts_on";`,
    );

    this.addSql(`alter table "payment" drop constraint "payment_disbursement_unique";`);
    this.addSql(`alter table "payment" drop column "disbursement_id";`);
  }
}
