'use client'

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { TablePlugin as LexicalTablePlugin } from '@lexical/react/LexicalTablePlugin'
import { INSERT_TABLE_COMMAND } from '@lexical/table'
import {
  createClientFeature,
  FieldsDrawer,
  slashMenuBasicGroupWithItems,
  TableFeatureClient,
  toolbarAddDropdownGroupWithItems,
  useEditorConfigContext,
  useLexicalDrawer,
} from '@payloadcms/richtext-lexical/client'
import { formatDrawerSlug, useEditDepth, useTranslation } from '@payloadcms/ui'
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  type LexicalEditor,
} from 'lexical'
import { useEffect } from 'react'

import type { TNewsroomKey } from '@/lib/admin/i18n'
import { HEADER_ROW_ONLY } from './tableHeaders'

const OPEN_ARTICLE_TABLE_DRAWER = createCommand<Record<string, never>>('OPEN_ARTICLE_TABLE_DRAWER')

/** Opens the insert-table dialog where the cursor is and inserts what the editor asked for. */
function ArticleTablePlugin() {
  const [editor] = useLexicalComposerContext()
  const editDepth = useEditDepth()
  const { fieldProps, uuid } = useEditorConfigContext()
  const { t } = useTranslation()
  const drawerSlug = formatDrawerSlug({ slug: `lexical-table-create-${uuid}`, depth: editDepth })
  const { toggleDrawer } = useLexicalDrawer(drawerSlug, true)

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_ARTICLE_TABLE_DRAWER,
        () => {
          const inText = editor.getEditorState().read(() => $isRangeSelection($getSelection()))
          if (inText) toggleDrawer()
          return true
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, toggleDrawer],
  )

  return (
    <>
      <FieldsDrawer
        drawerSlug={drawerSlug}
        drawerTitle={t('newsroom:insertTable' satisfies TNewsroomKey as never)}
        featureKey="experimental_table"
        handleDrawerSubmit={(_fields, data) => {
          if (!data.columns || !data.rows) return
          editor.dispatchCommand(INSERT_TABLE_COMMAND, {
            columns: String(data.columns),
            rows: String(data.rows),
            includeHeaders: HEADER_ROW_ONLY,
          })
        }}
        schemaPath={fieldProps.schemaPath}
        schemaPathSuffix="fields"
      />
      <LexicalTablePlugin hasCellBackgroundColor={false} hasCellMerge hasHorizontalScroll />
    </>
  )
}

const lexicalTable = TableFeatureClient(undefined).feature
if (typeof lexicalTable === 'function') throw new Error('TableFeatureClient is no longer static')
// Lexical's own plugins after its first, the dialog (replaced above): resizer, cell menu, hover.
const [, ...lexicalTablePlugins] = lexicalTable.plugins ?? []
const tableIcon = lexicalTable.slashMenu?.groups?.[0]?.items[0]?.Icon
if (!tableIcon) throw new Error("TableFeatureClient's slash menu item has no icon any more")

const tableLabel = ({ i18n }: { i18n: { t: (key: never) => string } }) =>
  i18n.t('newsroom:table' satisfies TNewsroomKey as never)
const openDialog = ({ editor }: { editor: LexicalEditor }) => {
  editor.dispatchCommand(OPEN_ARTICLE_TABLE_DRAWER, {})
}

export const ArticleTableFeatureClient = createClientFeature({
  markdownTransformers: lexicalTable.markdownTransformers,
  nodes: lexicalTable.nodes,
  providers: lexicalTable.providers,
  plugins: [{ Component: ArticleTablePlugin, position: 'normal' }, ...lexicalTablePlugins],
  slashMenu: {
    groups: [
      slashMenuBasicGroupWithItems([
        {
          Icon: tableIcon,
          key: 'table',
          keywords: ['table', '表格', 'biaoge'],
          label: tableLabel,
          onSelect: openDialog,
        },
      ]),
    ],
  },
  toolbarFixed: {
    groups: [
      toolbarAddDropdownGroupWithItems([
        { ChildComponent: tableIcon, key: 'table', label: tableLabel, onSelect: openDialog },
      ]),
    ],
  },
})
