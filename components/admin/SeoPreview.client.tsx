'use client'

import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { TNewsroomKey } from '@/lib/admin/i18n'
import {
  clipForSearch,
  SEARCH_DESCRIPTION_WIDTH,
  SEARCH_TITLE_WIDTH,
} from '@/lib/syndication/searchSnippet'

type TProps = {
  /** Form paths of the page's own title, description and picture: the defaults. */
  titlePath: string
  descriptionPath: string
  imagePath?: string
  /** The page's path on the portal: the prefix, then this field's value (the document id when absent). */
  pathPrefix: string
  pathField?: string
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/** One form field's value ('' for no path), kept up to date as the editor types. */
function useFieldValue(path: string | undefined): unknown {
  return useFormFields(([fields]) => (path ? fields[path]?.value : undefined))
}

/** The picture's URL, read once per chosen image (staff may read every image). */
function useImageUrl(id: unknown): string | null {
  const { config } = useConfig()
  const [read, setRead] = useState<{ id: unknown; url: string | null }>({ id: null, url: null })
  useEffect(() => {
    if (typeof id !== 'number' && typeof id !== 'string') return
    let current = true
    void fetch(`${config.serverURL}${config.routes.api}/media/${id}?depth=0`, {
      credentials: 'include',
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((media: { url?: string; sizes?: { card?: { url?: string } } } | null) => {
        if (current) setRead({ id, url: media?.sizes?.card?.url ?? media?.url ?? null })
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [config.routes.api, config.serverURL, id])
  return read.id === id ? read.url : null
}

/**
 * 搜索与分享 preview: the search result and the share card as they will look, from what the form
 * holds now (the override where written, else the page's own title, description and picture).
 */
export function SeoPreview({
  titlePath,
  descriptionPath,
  imagePath,
  pathPrefix,
  pathField,
}: TProps) {
  const { t } = useTranslation()
  const say = (key: TNewsroomKey) => t(key as never)
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const metaTitle = text(useFieldValue('meta.title'))
  const ownTitle = text(useFieldValue(titlePath))
  const metaDescription = text(useFieldValue('meta.description'))
  const ownDescription = text(useFieldValue(descriptionPath))
  const metaImage = idOf(useFieldValue('meta.image'))
  const ownImage = idOf(useFieldValue(imagePath))
  const pathValue = text(useFieldValue(pathField))
  // A 快讯 without a title is headed by its text's first words on the portal.
  const title = metaTitle || ownTitle || ownDescription.slice(0, 40)
  const description = metaDescription || ownDescription
  const image = useImageUrl(metaImage ?? ownImage)
  const key = pathField ? pathValue : String(id ?? '')
  const origin = config.serverURL || (typeof window === 'undefined' ? '' : window.location.origin)
  const shownTitle = clipForSearch(`${title} · Newsroom`, SEARCH_TITLE_WIDTH)
  const shownDescription = clipForSearch(description, SEARCH_DESCRIPTION_WIDTH)
  const clipped = shownTitle.clipped || shownDescription.clipped

  return (
    <div className="field-type" data-testid="seo-preview" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">{say('newsroom:seoPreview')}</p>
      <div
        style={{
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 4,
          padding: '12px 16px',
          maxWidth: 600,
          background: 'var(--theme-input-bg)',
        }}
      >
        <div style={{ fontSize: 12, color: 'var(--theme-elevation-600)' }}>
          {origin}
          {pathPrefix}
          {key || '…'}
        </div>
        <div data-testid="seo-preview-title" style={{ fontSize: 18, color: '#1a0dab' }}>
          {shownTitle.text}
        </div>
        <div style={{ fontSize: 13, color: 'var(--theme-elevation-800)' }}>
          {shownDescription.text}
        </div>
      </div>
      <div
        style={{
          display: 'flex',
          gap: 12,
          marginTop: 12,
          maxWidth: 600,
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 4,
          overflow: 'hidden',
        }}
      >
        {image ? (
          // eslint-disable-next-line @next/next/no-img-element -- the admin's own thumbnail
          <img src={image} alt="" style={{ width: 160, height: 90, objectFit: 'cover' }} />
        ) : (
          <div style={{ width: 160, height: 90, background: 'var(--theme-elevation-100)' }} />
        )}
        <div style={{ padding: '8px 12px 8px 0', minWidth: 0 }}>
          <div style={{ fontSize: 11, color: 'var(--theme-elevation-500)' }}>
            {say('newsroom:seoShareCard')}
          </div>
          <strong style={{ display: 'block' }}>{title}</strong>
          <div style={{ fontSize: 12, color: 'var(--theme-elevation-700)' }}>
            {clipForSearch(description, SEARCH_TITLE_WIDTH * 2).text}
          </div>
        </div>
      </div>
      {clipped ? <p className="field-description">{say('newsroom:seoClipped')}</p> : null}
    </div>
  )
}
