import type { Article } from '@/payload-types'

import type { TDemoBlock } from './types'

type TNode = Record<string, unknown>

const TABLE_HEADER_ROW = 1
const TABLE_NO_HEADER = 0

const element = (type: string, children: TNode[], extra: TNode = {}): TNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const text = (value: string): TNode => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const paragraph = (value: string): TNode =>
  element('paragraph', value ? [text(value)] : [], { textFormat: 0, textStyle: '' })

function tableNode(header: string[], rows: string[][]): TNode {
  const row = (cells: string[], headerState: number) =>
    element(
      'tablerow',
      cells.map((cell) =>
        element('tablecell', [paragraph(cell)], {
          headerState,
          colSpan: 1,
          rowSpan: 1,
          backgroundColor: null,
        }),
      ),
    )
  return element('table', [
    row(header, TABLE_HEADER_ROW),
    ...rows.map((r) => row(r, TABLE_NO_HEADER)),
  ])
}

function blockNode(block: TDemoBlock, imageIds: Map<string, number | string>): TNode | null {
  switch (block.type) {
    case 'p':
      return paragraph(block.text)
    case 'h2':
    case 'h3':
      return element('heading', [text(block.text)], { tag: block.type })
    case 'quote':
      return element('quote', [text(block.text)])
    case 'list':
      return element(
        'list',
        block.items.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
        {
          listType: block.ordered ? 'number' : 'bullet',
          start: 1,
          tag: block.ordered ? 'ol' : 'ul',
        },
      )
    case 'table':
      return tableNode(block.header, block.rows)
    case 'image': {
      const id = imageIds.get(block.image)
      if (id === undefined) return null
      return {
        type: 'upload',
        relationTo: 'media',
        value: id,
        fields: null,
        format: '',
        version: 3,
      }
    }
  }
}

/** Serialised Lexical state, in the shape the admin editor itself saves. */
export function lexicalFromBlocks(
  blocks: TDemoBlock[],
  imageIds: Map<string, number | string> = new Map(),
): Article['body'] {
  const children = blocks
    .map((block) => blockNode(block, imageIds))
    .filter((node): node is TNode => node !== null)
  return {
    root: element('root', children),
  } as Article['body']
}
