import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128102607 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sleman_campaign" drop constraint if exists "sleman_campaign_handle_unique";`);
    this.addSql(`create table if not exists "sleman_campaign" ("id" text not null, "handle" text not null, "title" text not null, "description" text null, "type" text check ("type" in ('great_sale', 'borong_bareng')) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sleman_campaign_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sleman_campaign_handle_unique" ON "sleman_campaign" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sleman_campaign_deleted_at" ON "sleman_campaign" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sleman_campaign" cascade;`);
  }

}
