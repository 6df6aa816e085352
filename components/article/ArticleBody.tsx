import { RichText } from '@payloadcms/richtext-lexical/react'

import type { Article } from '@/payload-types'
import { bodyConverters } from './bodyConverters'
import styles from './ArticleBody.module.css'

export function ArticleBody({ body, siteUrl }: { body: Article['body']; siteUrl: string }) {
  return (
    <RichText
      className={styles.body}
      data={body as never}
      converters={bodyConverters(siteUrl)}
      disableTextAlign
    />
  )
}
