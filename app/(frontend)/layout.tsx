import type { Metadata } from 'next'
import type React from 'react'

import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Newsroom · 加密与 Web3 新闻', template: '%s · Newsroom' },
  description: '加密货币与 Web3 行业新闻、研究与行情',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  )
}
