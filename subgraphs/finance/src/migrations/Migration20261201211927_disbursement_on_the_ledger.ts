import { Migration } from '@mikro-orm/migrations';

export class Migration20261201211927_disbursement_on_the_ledger extends Migration {
  override name = 'Migration20261201211927_disbursement_on_the_ledger';

  override up(): void | Promise<void> {
    // Disbursements made before they were posted to the ledger: the unit recorded (or will record)
    // the payment itself; the reconciliation matches them. New ones must say their status.
    this.addSql(
      `alter table "disbursement" add "status" text not null default 'LEGACY', add "payment_id" uuid null, add "posted_at" timestamptz null, add "refusal_code" varchar(40) null, add "refusal_message" text null, add "requested_for" jsonb null, add "version" int not null default 1;`,
    );
    this.addSql(`alter table "disbursement" alter column "status" drop default;`);
    this.addSql(`create index "disbursement_status_index" on "disbursement" ("status");`);
    this.addSql(
      `alter table "disbursement" add constraint "disbursement_status_check" check ("status" in ('POSTED', 'PENDING', 'REFUSED', 'LEGACY'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "disbursement_status_index";`);
    this.addSql(`alter table "disbursement" drop constraint "disbursement_status_check";`);
    this.addSql(
      `alter table "disbursement" drop column "status", drop column "payment_id", drop column "posted_at", drop column "refusal_code", drop column "refusal_message", drop column "requested_for", drop column "version";`,
    );
  }
}
