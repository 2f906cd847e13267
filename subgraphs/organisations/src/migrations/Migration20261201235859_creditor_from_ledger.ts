import { Migration } from '@mikro-orm/migrations';

export class Migration20261201235859_creditor_from_ledger extends Migration {
  override name = 'Migration20261201235859_creditor_from_ledger';

  override up(): void | Promise<void> {
    this.addSql(`alter table "organisation" add "registered_from_ledger_of_id" uuid null;`);
    this.addSql(
      `alter table "organisation" add constraint "organisation_registered_from_ledger_of_id_foreign" foreign key ("registered_from_ledger_of_id") references "organisation" ("id") on delete restrict;`,
    );
    this.addSql(
      `create index "organisation_registered_from_ledger_of_id_index" on "organisation" ("registered_from_ledger_of_id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "organisation" drop constraint "organisation_registered_from_ledger_of_id_foreign";`,
    );

    this.addSql(`drop index "organisation_registered_from_ledger_of_id_index";`);
    this.addSql(`alter table "organisation" drop column "registered_from_ledger_of_id";`);
  }
}
