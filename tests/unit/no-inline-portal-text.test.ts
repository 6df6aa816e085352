import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/**
 * The reader portal's text lives in messages/<locale>/ so every edition can be served: a Chinese
 * character left in a portal component would show in the zh-TW and en editions too. Comments may
 * stay Chinese (they name the UI the way editors do); code may not. Text that must stay in Chinese
 * in code (a regex, a language's own name) belongs outside these folders, e.g. in lib/.
 */
const SCANNED = ['app/(frontend)', 'components']
const SKIPPED = [path.join('components', 'admin')] // Payload's admin has its own i18n
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u

const isTestFile = (file: string) => /\.(test|spec)\.tsx$/.test(file)

function portalFiles(): string[] {
  return SCANNED.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .map((file) => path.join(root, file))
      .filter((file) => file.endsWith('.tsx') && !isTestFile(file))
      .filter((file) => !SKIPPED.some((skipped) => file.startsWith(`${skipped}${path.sep}`))),
  )
}

/**
 * The source with every comment blanked (newlines kept, so line numbers hold). Comments are found
 * by TypeScript's parser, which knows a `//` inside a string or JSX text is not one.
 */
function withoutComments(source: string, fileName = 'file.tsx'): string {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  )
  const codeUnits = source.split('')
  const blank = (start: number, end: number) => {
    for (let index = start; index < end; index++)
      if (codeUnits[index] !== '\n') codeUnits[index] = ' '
  }
  const visit = (node: ts.Node) => {
    // Every comment is trivia before some token. TypeScript reports the ones on the previous
    // token's line as that token's trailing comments, the rest as this one's leading comments.
    // JSX text has no trivia: what looks like a comment there is text the reader sees.
    if (node.kind !== ts.SyntaxKind.JsxText) {
      const ranges = [
        ...(ts.getTrailingCommentRanges(source, node.pos) ?? []),
        ...(ts.getLeadingCommentRanges(source, node.pos) ?? []),
      ]
      for (const range of ranges) blank(range.pos, range.end)
    }
    node.getChildren(file).forEach(visit)
  }
  visit(file)
  return codeUnits.join('')
}

/** `file:line: text` for every line of code (not comment) with a CJK character. */
function inlineText(file: string, source: string): string[] {
  return withoutComments(source, file)
    .split('\n')
    .flatMap((line, index) => (CJK.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : []))
}

describe('no inline text in the reader portal', () => {
  test('comments are ignored, strings, JSX text and attributes are not', () => {
    const source = [
      '// 我的自选',
      '/** 收藏 */',
      "const url = 'https://example.com' // 链接",
      'export const A = () => (',
      '  <p title="标题">',
      '    {/* 说明 */}',
      '    正文',
      '    {`模板`}',
      '  </p>',
      ')',
    ].join('\n')
    expect(inlineText('x.tsx', source).map((hit) => hit.split(':')[1])).toEqual(['5', '7', '8'])
  })

  test('every portal component takes its text from the message catalogs', () => {
    const files = portalFiles()
    expect(files.length).toBeGreaterThan(20)
    const hits = files.flatMap((file) => inlineText(file, readFileSync(file, 'utf8')))
    expect(hits).toEqual([])
  })
})
