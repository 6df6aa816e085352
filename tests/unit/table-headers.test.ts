import { createHeadlessEditor } from '@lexical/headless'
import {
  $createTableNodeWithDimensions,
  TableCellHeaderStates,
  TableCellNode,
  TableNode,
  TableRowNode,
  type TableCellNode as TTableCell,
} from '@lexical/table'
import { $getRoot } from 'lexical'

import { HEADER_ROW_ONLY } from '@/components/admin/tableHeaders'

/** The header state of every cell of a new 3 × 3 table, row by row. */
function headerStatesOfNewTable(includeHeaders: typeof HEADER_ROW_ONLY | boolean): number[][] {
  const editor = createHeadlessEditor({
    nodes: [TableNode, TableRowNode, TableCellNode],
    onError: (error) => {
      throw error
    },
  })
  let states: number[][] = []
  editor.update(
    () => {
      const table = $createTableNodeWithDimensions(3, 3, includeHeaders)
      $getRoot().append(table)
      states = table
        .getChildren<TableRowNode>()
        .map((row) => row.getChildren<TTableCell>().map((cell) => cell.getHeaderStyles()))
    },
    { discrete: true },
  )
  return states
}

const { NO_STATUS: none, ROW: row } = TableCellHeaderStates

test('a new article table has a header row and no header column', () => {
  expect(headerStatesOfNewTable(HEADER_ROW_ONLY)).toEqual([
    [row, row, row],
    [none, none, none],
    [none, none, none],
  ])
})

test("Lexical's own default (what we change) also makes the first column a header", () => {
  expect(headerStatesOfNewTable(true)[1]?.[0]).not.toBe(none)
})
