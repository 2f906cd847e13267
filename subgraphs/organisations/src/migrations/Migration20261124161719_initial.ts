import { Migration } from '@mikro-orm/migrations';

export class Migration20261124161719_initial extends Migration {
  override name = 'Migration20261124161719_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "audit_trail" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_id" varchar(255) not null, "actor_roles" text[] not null, "entity" varchar(255) not null, "entity_id" varchar(255) not null, "action" varchar(255) not null, "before" jsonb null, "after" jsonb null, "reason" text null);`,
    );
    this.addSql(
      `create index "audit_trail_entity_entity_id_index" on "audit_trail" ("entity", "entity_id");`,
    );

    this.addSql(
      `create table "person" ("id" uuid not null, "name" varchar(100) not null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );

    this.addSql(
      `create table "region" ("code" varchar(12) not null, "name" varchar(255) not null, "level" text not null, "parent_code" varchar(12) null, "path" varchar(255) collate "C" not null, "official_code" boolean not null default true, primary key ("code"));`,
    );
    this.addSql(`create index "region_path_index" on "region" ("path");`);

    this.addSql(
      `create table "organisation" ("id" uuid not null, "name" varchar(200) not null, "short_name" varchar(100) null, "kind" text not null, "sub_kind" varchar(100) null, "credit_code" varchar(18) null, "region_code" varchar(12) not null, "parent_id" uuid null, "supervisor_id" uuid null, "ownership" text not null, "status" text not null default 'ACTIVE', "industry" text null, "employees" int null, "revenue" numeric(18,2) null, "total_assets" numeric(18,2) null, "size_facts_as_of" date null, "size_class" text null, "size_basis" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "organisation_name_index" on "organisation" ("name");`);
    this.addSql(
      `alter table "organisation" add constraint "organisation_credit_code_unique" unique ("credit_code");`,
    );
    this.addSql(`create index "organisation_region_code_index" on "organisation" ("region_code");`);
    this.addSql(`create index "organisation_parent_id_index" on "organisation" ("parent_id");`);
    this.addSql(
      `create index "organisation_supervisor_id_index" on "organisation" ("supervisor_id");`,
    );

    this.addSql(
      `create table "post" ("id" uuid not null, "title" varchar(100) not null, "organisation_id" uuid not null, "seat" int null, primary key ("id"));`,
    );
    this.addSql(`create index "post_organisation_id_index" on "post" ("organisation_id");`);

    this.addSql(
      `create table "tenure" ("id" uuid not null, "post_id" uuid not null, "person_id" uuid not null, "started_on" date not null, "ended_on" date null, primary key ("id"));`,
    );
    this.addSql(`create index "tenure_post_id_index" on "tenure" ("post_id");`);
    this.addSql(`create index "tenure_person_id_index" on "tenure" ("person_id");`);
    this.addSql(
      `create unique index "tenure_one_current_holder" on "tenure" ("post_id") where "ended_on" is null;`,
    );

    this.addSql(
      `create table "working_group" ("id" uuid not null, "name" varchar(200) not null, "short_name" varchar(100) null, "kind" text not null, "sector" varchar(50) null, "region_code" varchar(12) not null, "duties" text null, "parent_group_id" uuid null, "hosted_by_id" uuid null, "reports_to_id" uuid null, "reporting_day" int null, "reporting_time_of_day" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "working_group_region_code_index" on "working_group" ("region_code");`,
    );

    this.addSql(
      `create table "working_group_member_unit" ("working_group_id" uuid not null, "organisation_id" uuid not null, primary key ("working_group_id", "organisation_id"));`,
    );

    this.addSql(
      `create table "working_group_aggregating_unit" ("working_group_id" uuid not null, "organisation_id" uuid not null, primary key ("working_group_id", "organisation_id"));`,
    );

    this.addSql(
      `create table "group_membership" ("id" uuid not null, "group_id" uuid not null, "post_id" uuid not null, "role" text not null, "title_as_written" varchar(200) null, "position" int not null default 0, primary key ("id"));`,
    );
    this.addSql(
      `create index "group_membership_group_id_index" on "group_membership" ("group_id");`,
    );
    this.addSql(
      `alter table "group_membership" add constraint "group_membership_group_id_post_id_unique" unique ("group_id", "post_id");`,
    );

    this.addSql(
      `create or replace function "audit_trail_audit_trail_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit_trail is append-only: % is not allowed', tg_op; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "audit_trail_append_only" BEFORE UPDATE OR DELETE on "audit_trail" for each STATEMENT execute function "audit_trail_audit_trail_append_only_fn"();`,
    );

    this.addSql(
      `alter table "region" add constraint "region_parent_code_foreign" foreign key ("parent_code") references "region" ("code") on delete restrict;`,
    );
    this.addSql(
      `alter table "region" add constraint "region_level_check" check ("level" in ('PROVINCE', 'CITY', 'COUNTY', 'BANNER', 'DISTRICT', 'TOWN', 'SUMU', 'TOWNSHIP', 'SUBDISTRICT', 'DEVELOPMENT_ZONE', 'SCENIC_AREA'));`,
    );

    this.addSql(
      `alter table "organisation" add constraint "organisation_region_code_foreign" foreign key ("region_code") references "region" ("code") on delete restrict;`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_parent_id_foreign" foreign key ("parent_id") references "organisation" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_supervisor_id_foreign" foreign key ("supervisor_id") references "organisation" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_kind_check" check ("kind" in ('GOVERNMENT_DEPARTMENT', 'PUBLIC_INSTITUTION', 'STATE_OWNED_ENTERPRISE', 'TOWN_GOVERNMENT', 'SUBDISTRICT_OFFICE', 'DEVELOPMENT_ZONE_COMMITTEE', 'LARGE_ENTERPRISE', 'PRIVATE_ENTERPRISE', 'OTHER'));`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_ownership_check" check ("ownership" in ('PUBLIC_SECTOR', 'STATE_OWNED', 'COLLECTIVE', 'PRIVATE', 'FOREIGN_INVESTED', 'MIXED'));`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_status_check" check ("status" in ('ACTIVE', 'SUSPENDED', 'DISSOLVED'));`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_industry_check" check ("industry" in ('AGRICULTURE', 'INDUSTRY', 'CONSTRUCTION', 'WHOLESALE', 'RETAIL', 'TRANSPORT', 'WAREHOUSING', 'POSTAL', 'ACCOMMODATION', 'CATERING', 'INFORMATION_TRANSMISSION', 'SOFTWARE_IT_SERVICES', 'REAL_ESTATE_DEVELOPMENT', 'PROPERTY_MANAGEMENT', 'LEASING_BUSINESS_SERVICES', 'OTHER'));`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_size_class_check" check ("size_class" in ('LARGE', 'MEDIUM', 'SMALL', 'MICRO'));`,
    );

    this.addSql(
      `alter table "post" add constraint "post_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "tenure" add constraint "tenure_post_id_foreign" foreign key ("post_id") references "post" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "tenure" add constraint "tenure_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "working_group" add constraint "working_group_region_code_foreign" foreign key ("region_code") references "region" ("code") on delete restrict;`,
    );
    this.addSql(
      `alter table "working_group" add constraint "working_group_parent_group_id_foreign" foreign key ("parent_group_id") references "working_group" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "working_group" add constraint "working_group_hosted_by_id_foreign" foreign key ("hosted_by_id") references "organisation" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "working_group" add constraint "working_group_reports_to_id_foreign" foreign key ("reports_to_id") references "organisation" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "working_group" add constraint "working_group_kind_check" check ("kind" in ('LEADING_GROUP', 'OFFICE', 'SECTOR_CLUE_SCREENING', 'FUNDING', 'DISCIPLINE', 'PETITION_STABILITY', 'COORDINATION', 'WORKING_GROUP'));`,
    );
    this.addSql(
      `alter table "working_group" add constraint "working_group_reporting_time_of_day_check" check ("reporting_time_of_day" in ('MORNING', 'AFTERNOON'));`,
    );

    this.addSql(
      `alter table "working_group_member_unit" add constraint "working_group_member_unit_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "working_group_member_unit" add constraint "working_group_member_unit_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "working_group_aggregating_unit" add constraint "working_group_aggregating_unit_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "working_group_aggregating_unit" add constraint "working_group_aggregating_unit_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "group_membership" add constraint "group_membership_group_id_foreign" foreign key ("group_id") references "working_group" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "group_membership" add constraint "group_membership_post_id_foreign" foreign key ("post_id") references "post" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "group_membership" add constraint "group_membership_role_check" check ("role" in ('LEADER', 'DEPUTY', 'MEMBER'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "tenure" drop constraint "tenure_person_id_foreign";`);
    this.addSql(`alter table "region" drop constraint "region_parent_code_foreign";`);
    this.addSql(`alter table "organisation" drop constraint "organisation_region_code_foreign";`);
    this.addSql(`alter table "working_group" drop constraint "working_group_region_code_foreign";`);
    this.addSql(`alter table "organisation" drop constraint "organisation_parent_id_foreign";`);
    this.addSql(`alter table "organisation" drop constraint "organisation_supervisor_id_foreign";`);
    this.addSql(`alter table "post" drop constraint "post_organisation_id_foreign";`);
    this.addSql(
      `alter table "working_group" drop constraint "working_group_hosted_by_id_foreign";`,
    );
    this.addSql(
      `alter table "working_group" drop constraint "working_group_reports_to_id_foreign";`,
    );
    this.addSql(
      `alter table "working_group_member_unit" drop constraint "working_group_member_unit_organisation_id_foreign";`,
    );
    this.addSql(
      `alter table "working_group_aggregating_unit" drop constraint "working_group_aggregating_unit_organisation_id_foreign";`,
    );
    this.addSql(`alter table "tenure" drop constraint "tenure_post_id_foreign";`);
    this.addSql(
      `alter table "group_membership" drop constraint "group_membership_post_id_foreign";`,
    );
    this.addSql(
      `alter table "working_group" drop constraint "working_group_parent_group_id_foreign";`,
    );
    this.addSql(
      `alter table "working_group_member_unit" drop constraint "working_group_member_unit_working_group_id_foreign";`,
    );
    this.addSql(
      `alter table "working_group_aggregating_unit" drop constraint "working_group_aggregating_unit_working_group_id_foreign";`,
    );
    this.addSql(
      `alter table "group_membership" drop constraint "group_membership_group_id_foreign";`,
    );

    this.addSql(`drop trigger if exists "audit_trail_append_only" on "audit_trail";`);
    this.addSql(`drop function if exists "audit_trail_audit_trail_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_trail" cascade;`);
    this.addSql(`drop table if exists "person" cascade;`);
    this.addSql(`drop table if exists "region" cascade;`);
    this.addSql(`drop table if exists "organisation" cascade;`);
    this.addSql(`drop table if exists "post" cascade;`);
    this.addSql(`drop table if exists "tenure" cascade;`);
    this.addSql(`drop table if exists "working_group" cascade;`);
    this.addSql(`drop table if exists "working_group_member_unit" cascade;`);
    this.addSql(`drop table if exists "working_group_aggregating_unit" cascade;`);
    this.addSql(`drop table if exists "group_membership" cascade;`);
  }
}
