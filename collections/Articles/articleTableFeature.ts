import { createServerFeature, EXPERIMENTAL_TableFeature } from '@payloadcms/richtext-lexical'
import type { Field } from 'payload'

const lexicalTable = EXPERIMENTAL_TableFeature()

/** The insert-table dialog's fields, labelled in both admin languages. */
const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  rows: { zh: '行数', en: 'Rows' },
  columns: { zh: '列数', en: 'Columns' },
}

function labelled(fields: Field[]): Field[] {
  return fields.map((field) =>
    'name' in field && FIELD_LABELS[field.name]
      ? ({ ...field, label: FIELD_LABELS[field.name] } as Field)
      : field,
  )
}

/**
 * Lexical's table feature with Chinese labels (its slash-menu item, toolbar item and dialog are
 * hard-coded in English) and tables that start with a header row only. The server side is
 * Lexical's own; the client side is ours (components/admin/ArticleTableFeature.client.tsx).
 */
export const ArticleTableFeature = createServerFeature({
  key: lexicalTable.key,
  feature: async ({ props: _props, ...args }) => {
    const base =
      typeof lexicalTable.feature === 'function'
        ? await lexicalTable.feature(args)
        : lexicalTable.feature
    return {
      ...base,
      ClientFeature: '/components/admin/ArticleTableFeature.client#ArticleTableFeatureClient',
      generateSchemaMap: (schemaArgs) => {
        const schemaMap = base.generateSchemaMap?.(schemaArgs)
        const dialog = schemaMap?.get('fields')
        if (dialog && 'fields' in dialog) {
          schemaMap?.set('fields', { ...dialog, fields: labelled(dialog.fields) })
        }
        return schemaMap ?? null
      },
    }
  },
})
