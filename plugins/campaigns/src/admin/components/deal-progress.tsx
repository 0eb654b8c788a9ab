import { Text } from "@medusajs/ui"
import type { GroupBuy } from "../../contract"

/** Units collected against the target (bar) and the next tier. */
export const DealProgress = ({ deal }: { deal: GroupBuy }) => {
  const pct = Math.min(100, Math.round((deal.total_quantity / Math.max(deal.target_quantity, 1)) * 100))
  return (
    <div className="flex flex-col gap-y-1" data-testid="deal-progress">
      <div className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full">
        <div className="bg-ui-fg-interactive h-full" style={{ width: `${pct}%` }} />
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {deal.total_quantity} / {deal.target_quantity} unit target ({pct}%)
        {deal.next_tier ? ` · ${deal.next_tier.quantity_needed} lagi ke tingkat berikutnya` : ""}
      </Text>
    </div>
  )
}
