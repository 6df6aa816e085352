import type { TCoinRef } from '../../lib/queries/cards'

/** The personal and live parts of an article header: the 收藏 button and the coin chips. */
export function ArticleTools({
  coins,
}: {
  articleId: string
  articleTitle: string
  coins: TCoinRef[]
}) {
  if (coins.length === 0) return null
  return (
    <ul aria-label="相关币种">
      {coins.map((coin) => (
        <li key={coin.id}>{coin.symbol}</li>
      ))}
    </ul>
  )
}
