import { Migration } from '@mikro-orm/migrations';

export class Migration20261201213358_reporting_routes extends Migration {
  override name = 'Migration20261201213358_reporting_routes';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "reporting_route" ("id" uuid not null, "unit_id" uuid not null, "group_id" uuid not null, "aggregator_id" uuid not null, "region_code" varchar(12) not null, "assigned_at" timestamptz not null default now(), "assigned_by" varchar(200) not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "reporting_route_unit_id_index" on "reporting_route" ("unit_id");`);
    this.addSql(`create index "reporting_route_group_id_index" on "reporting_route" ("group_id");`);
    this.addSql(
      `alter table "reporting_route" add constraint "reporting_route_unit_region_unique" unique ("unit_id", "region_code");`,
    );

    this.addSql(
      `alter table "reporting_route" add constraint "reporting_route_unit_id_foreign" foreign key ("unit_id") references "organisation" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "reporting_route" add constraint "reporting_route_group_id_foreign" foreign key ("group_id") references "working_group" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "reporting_route" add constraint "reporting_route_aggregator_id_foreign" foreign key ("aggregator_id") references "organisation" ("id") on delete restrict;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "reporting_route" cascade;`);
  }
}
