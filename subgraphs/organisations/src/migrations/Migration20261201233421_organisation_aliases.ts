import { Migration } from '@mikro-orm/migrations';

export class Migration20261201233421_organisation_aliases extends Migration {
  override name = 'Migration20261201233421_organisation_aliases';

  override up(): void | Promise<void> {
    this.addSql(`alter table "organisation" add "aliases" text[] not null default '{}';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "organisation" drop column "aliases";`);
  }
}
