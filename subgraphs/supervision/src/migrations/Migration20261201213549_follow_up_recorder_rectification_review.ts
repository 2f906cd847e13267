import { Migration } from '@mikro-orm/migrations';

export class Migration20261201213549_follow_up_recorder_rectification_review extends Migration {
  override name = 'Migration20261201213549_follow_up_recorder_rectification_review';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "assessment" add "respondent_clue_closure_rate" double precision null, add "new_arrears_after_zeroing" int not null default 0, add "late_registered_debts" int not null default 0;`,
    );

    this.addSql(
      `alter table "follow_up_call" add "recorded_by" varchar(200) null, add "recorded_by_unit_id" uuid null, add "recorded_by_roles" text[] not null default '{}';`,
    );

    this.addSql(`alter table "rectification" drop constraint "rectification_status_check";`);
    this.addSql(
      `alter table "rectification" add "closed_on" date null, add "closed_by" varchar(200) null, add "review_note" text null;`,
    );
    this.addSql(
      `alter table "rectification" add constraint "rectification_status_check" check ("status" in ('OPEN', 'REPORTED', 'CLOSED', 'DONE'));`,
    );
    // A rectification a unit reported done has not yet been checked by an inspector: it awaits 销号.
    this.addSql(`update "rectification" set "status" = 'REPORTED' where "status" = 'DONE';`);
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "assessment" drop column "respondent_clue_closure_rate", drop column "new_arrears_after_zeroing", drop column "late_registered_debts";`,
    );

    this.addSql(
      `alter table "follow_up_call" drop column "recorded_by", drop column "recorded_by_unit_id", drop column "recorded_by_roles";`,
    );

    this.addSql(`alter table "rectification" drop constraint "rectification_status_check";`);
    this.addSql(
      `alter table "rectification" drop column "closed_on", drop column "closed_by", drop column "review_note";`,
    );
    this.addSql(
      `alter table "rectification" add constraint "rectification_status_check" check ("status" in ('OPEN', 'DONE'));`,
    );
  }
}
