import { RichText } from '@payloadcms/richtext-lexical/react'

import type { Article } from '@/payload-types'
import { bodyConverters } from './bodyConverters'
import styles from './ArticleBody.module.css'

export function ArticleBody({
  body,
  siteUrl,
  tableLabel,
}: {
  body: Article['body']
  siteUrl: string
  /** The accessible name of each table's scrolling region. */
  tableLabel: string
}) {
  return (
    <RichText
      className={styles.body}
      data={body as never}
      converters={bodyConverters(siteUrl, tableLabel)}
      disableTextAlign
    />
  )
}
