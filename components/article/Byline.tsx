import { Fragment } from 'react'
import { getTranslations } from 'next-intl/server'

import { PageLink } from '@/components/portal/PageLink'
import { BYLINE_SEPARATOR } from '@/lib/authors/byline'
import type { TBylineCredit } from '@/lib/authors/credits'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'

/** 作者：A、B under the title: each name linked to its author page when it has one. */
export async function Byline({ credits, locale }: { credits: TBylineCredit[]; locale: TLocale }) {
  if (credits.length === 0) return null
  const t = await getTranslations({ locale, namespace: 'author' })
  const names = credits.map((credit, index) => (
    <Fragment key={index}>
      {index > 0 ? BYLINE_SEPARATOR : null}
      {credit.slug ? (
        <PageLink href={localizedPath(locale, `/authors/${credit.slug}`)} rel="author">
          {credit.name}
        </PageLink>
      ) : (
        credit.name
      )}
    </Fragment>
  ))
  return <span>{t.rich('bylineNames', { names: () => names })}</span>
}
