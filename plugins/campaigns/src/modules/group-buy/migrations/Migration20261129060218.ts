import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129060218 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "group_buy" ("id" text not null, "title" text not null, "description" text null, "variant_id" text not null, "product_id" text not null, "currency_code" text not null default 'idr', "normal_unit_price" integer not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "target_quantity" integer not null, "max_per_customer" integer not null, "max_total" integer not null, "status" text check ("status" in ('draft', 'open', 'succeeded', 'failed', 'cancelled')) not null default 'draft', "final_unit_price" integer null, "closed_at" timestamptz null, "settled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "group_buy_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_deleted_at" ON "group_buy" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_status_ends_at" ON "group_buy" ("status", "ends_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "group_buy_participation" ("id" text not null, "customer_id" text not null, "email" text null, "quantity" integer not null, "unit_price" integer not null, "amount_authorized" integer not null default 0, "amount_captured" integer not null default 0, "amount_released" integer not null default 0, "final_unit_price" integer null, "state" text check ("state" in ('pending', 'active', 'cancelled', 'captured', 'released')) not null default 'pending', "order_id" text null, "payment_id" text null, "settled_at" timestamptz null, "group_buy_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "group_buy_participation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_participation_group_buy_id" ON "group_buy_participation" ("group_buy_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_participation_deleted_at" ON "group_buy_participation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_participation_customer_id" ON "group_buy_participation" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_participation_state" ON "group_buy_participation" ("state") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "group_buy_tier" ("id" text not null, "min_quantity" integer not null, "unit_price" integer not null, "group_buy_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "group_buy_tier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_tier_group_buy_id" ON "group_buy_tier" ("group_buy_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_tier_deleted_at" ON "group_buy_tier" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "group_buy_participation" add constraint "group_buy_participation_group_buy_id_foreign" foreign key ("group_buy_id") references "group_buy" ("id") on update cascade;`);

    this.addSql(`alter table if exists "group_buy_tier" add constraint "group_buy_tier_group_buy_id_foreign" foreign key ("group_buy_id") references "group_buy" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "group_buy_participation" drop constraint if exists "group_buy_participation_group_buy_id_foreign";`);

    this.addSql(`alter table if exists "group_buy_tier" drop constraint if exists "group_buy_tier_group_buy_id_foreign";`);

    this.addSql(`drop table if exists "group_buy" cascade;`);

    this.addSql(`drop table if exists "group_buy_participation" cascade;`);

    this.addSql(`drop table if exists "group_buy_tier" cascade;`);
  }

}
