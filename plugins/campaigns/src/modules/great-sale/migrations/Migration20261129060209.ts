import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129060209 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "great_sale" ("id" text not null, "name" text not null, "description" text null, "discount_percent" integer not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "category_ids" text[] not null default '{}', "product_ids" text[] not null default '{}', "overrides" jsonb null, "activated_at" timestamptz null, "cancelled_at" timestamptz null, "start_handled_at" timestamptz null, "end_handled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "great_sale_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_great_sale_deleted_at" ON "great_sale" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "great_sale" cascade;`);
  }

}
