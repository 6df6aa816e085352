import type { TArticleCard } from '@/lib/queries/cards'
import { CardItems } from './CardItems.client'
import { toCardView } from './cardView'

/** A list of cards: their times are written out here, on the server (cardView.ts). */
export function CardList({
  items,
  timeZone,
  ...rest
}: Omit<React.ComponentProps<typeof CardItems>, 'items'> & {
  items: TArticleCard[]
  timeZone: string
}) {
  return (
    <CardItems
      items={items.map((card) => toCardView(card, timeZone, rest.text.locale))}
      {...rest}
    />
  )
}
