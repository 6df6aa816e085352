import type { Field } from 'payload'

/**
 * 搜索与分享: what search results and share cards show for a page, when the editor wants other
 * words or another picture than the page's own. Each part left empty falls back to the page's
 * own (lib/syndication/articleMetadata.ts): the title, the summary, the cover. The texts are per edition
 * like the page's; the picture is one for all. The preview shows the result as the editor types.
 */
export function seoFields(preview: {
  /** Form paths of the page's own title, description and picture (the defaults). */
  titlePath: string
  descriptionPath: string
  imagePath?: string
  /** The page's path on the portal: this prefix, then this field's value (else the document id). */
  pathPrefix: string
  pathField?: string
}): Field {
  return {
    name: 'meta',
    label: { zh: '搜索与分享', en: 'Search and sharing' },
    type: 'group',
    admin: {
      description: {
        zh: '留空则使用标题、摘要和封面;填写后搜索结果和分享卡片改用这里的内容',
        en: 'Left empty, search results and share cards use the title, summary and cover; filled in, these win',
      },
    },
    fields: [
      {
        name: 'title',
        label: { zh: '搜索标题', en: 'Meta title' },
        type: 'text',
        localized: true,
        maxLength: 120,
      },
      {
        name: 'description',
        label: { zh: '搜索描述', en: 'Meta description' },
        type: 'textarea',
        localized: true,
        maxLength: 300,
      },
      {
        name: 'image',
        label: { zh: '分享图片', en: 'Share image' },
        type: 'upload',
        relationTo: 'media',
      },
      {
        name: 'preview',
        type: 'ui',
        admin: {
          components: {
            Field: {
              path: '/components/admin/SeoPreview.client#SeoPreview',
              clientProps: preview,
            },
          },
        },
      },
    ],
  }
}
