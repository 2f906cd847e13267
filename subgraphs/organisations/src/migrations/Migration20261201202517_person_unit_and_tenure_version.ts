import { Migration } from '@mikro-orm/migrations';

// Issue 12: a person is on record with a unit (whose jurisdiction may correct the record), and a
// tenure carries a version (ending one goes through the kit's changeEntity, which locks and
// versions the row).
export class Migration20261201202517_person_unit_and_tenure_version extends Migration {
  override name = 'Migration20261201202517_person_unit_and_tenure_version';

  override up(): void | Promise<void> {
    this.addSql(`alter table "person" add "unit_id" uuid null;`);
    this.addSql(
      `alter table "person" add constraint "person_unit_id_foreign" foreign key ("unit_id") references "organisation" ("id") on delete restrict;`,
    );
    // People already on record belong to the unit of the first post they held.
    this.addSql(
      `update "person" p set "unit_id" = (select po."organisation_id" from "tenure" t join "post" po on po."id" = t."post_id" where t."person_id" = p."id" order by t."started_on", t."id" limit 1);`,
    );

    this.addSql(`alter table "tenure" add "version" int not null default 1;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "person" drop constraint "person_unit_id_foreign";`);

    this.addSql(`alter table "person" drop column "unit_id";`);

    this.addSql(`alter table "tenure" drop column "version";`);
  }
}
