import Link from 'next/link'

// Placeholder until the reader portal lands (issue: the reader portal). It reads nothing, so
// `next build` never needs a database.
export default function HomePage() {
  return (
    <main>
      <h1>Newsroom</h1>
      <p>加密与 Web3 新闻门户正在建设中。编辑请前往后台撰写和发布文章。</p>
      <p>
        <Link href="/admin">进入后台 /admin</Link> ·{' '}
        <Link href="/api/articles" prefetch={false}>
          文章 API /api/articles
        </Link>
      </p>
    </main>
  )
}
