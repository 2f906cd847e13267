// Units found by pinyin and aliases, listed in the documents' order then in pinyin order
// (organisation/name-search.ts). The columns are computed in JavaScript (pinyin-pro), so the
// existing rows are filled here before the columns become required; the demo units seeded before
// this migration get their documents' order from the seed file, as a fresh seed gives it.
import { Migration } from '@mikro-orm/migrations';
import { stableId } from '@arrears-hub/subgraph-kit';
import seedFile from '../seeders/data/organisations.json' with { type: 'json' };

type NameSearch = typeof import('../organisation/name-search.js');

/** The pinyin functions, from the sources or the build, whichever this migration runs from (a
 * migration may run as TypeScript, where a relative `.js` import does not resolve). */
async function nameSearch(): Promise<NameSearch> {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return (await import(
    new URL(`../organisation/name-search.${extension}`, import.meta.url).href
  )) as NameSearch;
}

interface Row {
  id: string;
  name: string;
  short_name: string | null;
  aliases: string[] | null;
}

export class Migration20261202035713_unit_names_pinyin extends Migration {
  override name = 'Migration20261202035713_unit_names_pinyin';

  override async up(): Promise<void> {
    // pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.
    await this.execute(`create extension if not exists pg_trgm;`);
    await this.execute(
      `alter table "organisation" add "display_order" int null, add "search_text" text null, add "sort_key" text collate "C" null;`,
    );
    const seedOrder = new Map(
      (seedFile as { organisations: { key: string }[] }).organisations.map((o, i) => [
        stableId(o.key),
        i + 1,
      ]),
    );
    const { unitSearchText, unitSortKey } = await nameSearch();
    const rows = (await this.execute(
      `select "id", "name", "short_name", "aliases" from "organisation"`,
    )) as unknown as Row[];
    const values = rows.map((r) => {
      const displayOrder = seedOrder.get(r.id) ?? null;
      const unit = { name: r.name, shortName: r.short_name, aliases: r.aliases ?? [] };
      return {
        id: r.id,
        d: displayOrder,
        s: unitSearchText(unit),
        k: unitSortKey({ name: r.name, displayOrder }),
      };
    });
    if (values.length)
      await this.execute(
        `update "organisation" o set "display_order" = v.d, "search_text" = v.s, "sort_key" = v.k
           from json_to_recordset(?::json) as v(id uuid, d int, s text, k text) where o."id" = v.id`,
        [JSON.stringify(values)],
      );
    await this.execute(
      `alter table "organisation" alter column "search_text" set not null, alter column "sort_key" set not null;`,
    );
    await this.execute(
      `create index "organisation_search_text_trgm" on "organisation" using gin ("search_text" gin_trgm_ops);`,
    );
    await this.execute(
      `create index "organisation_sort_key_id_index" on "organisation" ("sort_key", "id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "organisation_search_text_trgm";`);
    this.addSql(`drop index "organisation_sort_key_id_index";`);
    this.addSql(
      `alter table "organisation" drop column "display_order", drop column "search_text", drop column "sort_key";`,
    );
  }
}
