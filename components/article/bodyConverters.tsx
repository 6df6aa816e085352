import type {
  SerializedAutoLinkNode,
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedTableCellNode,
  SerializedTableNode,
  SerializedTableRowNode,
  SerializedUploadNode,
} from '@payloadcms/richtext-lexical'
import type { JSXConverterArgs, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import Image from 'next/image'

import { isSafeLinkUrl } from '@/lib/security/safeLinkUrl'

import { imageOf } from '@/lib/queries/cards'
import { headingId } from './headingId'

const SITE_HOSTS = new Set(['localhost'])

function isExternal(href: string, siteUrl: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false
  try {
    const host = new URL(href).hostname
    return host !== new URL(siteUrl).hostname && !SITE_HOSTS.has(host)
  } catch {
    return true
  }
}

type TNodesToJSX = JSXConverterArgs['nodesToJSX']

/**
 * A link as an anchor; a URL that could run script (saved before links were checked, or written
 * straight to the database) is shown as its text only.
 */
function linkTo(
  link: SerializedLinkNode | SerializedAutoLinkNode,
  nodesToJSX: TNodesToJSX,
  siteUrl: string,
) {
  const children = nodesToJSX({ nodes: link.children })
  const href = link.fields.url || '#'
  if (!isSafeLinkUrl(href)) return <span>{children}</span>
  const external = isExternal(href, siteUrl)
  return (
    <a
      href={href}
      rel={external ? 'noopener nofollow' : undefined}
      target={link.fields.newTab ? '_blank' : undefined}
    >
      {children}
    </a>
  )
}

/**
 * Semantic HTML for article bodies: headings with anchors, real tables with a header row, images
 * through next/image, and external links that pass no referrer trust.
 */
export function bodyConverters(siteUrl: string, tableLabel: string): JSXConvertersFunction {
  return ({ defaultConverters }) => {
    let headingCount = 0
    return {
      ...defaultConverters,
      heading: ({ node, nodesToJSX }) => {
        const heading = node as SerializedHeadingNode
        const Tag = (['h2', 'h3', 'h4'].includes(heading.tag) ? heading.tag : 'h2') as
          'h2' | 'h3' | 'h4'
        const id = headingId(heading, ++headingCount)
        return (
          <Tag id={id}>
            {nodesToJSX({ nodes: heading.children })}
            <a className="heading-anchor" href={`#${id}`} aria-hidden="true" tabIndex={-1}>
              #
            </a>
          </Tag>
        )
      },
      link: ({ node, nodesToJSX }) => linkTo(node as SerializedLinkNode, nodesToJSX, siteUrl),
      autolink: ({ node, nodesToJSX }) =>
        linkTo(node as SerializedAutoLinkNode, nodesToJSX, siteUrl),
      upload: ({ node }) => {
        const image = imageOf((node as SerializedUploadNode).value, 'article')
        if (!image) return null
        return (
          <figure>
            <Image
              src={image.url}
              alt={image.alt}
              width={image.width}
              height={image.height}
              sizes="(max-width: 768px) 100vw, 760px"
            />
            {image.alt ? <figcaption>{image.alt}</figcaption> : null}
          </figure>
        )
      },
      table: ({ node, nodesToJSX }) => {
        const allRows = (node as SerializedTableNode).children
        const [head, ...rows] = allRows
        const headIsHeader = Boolean(
          (
            (head as SerializedTableRowNode | undefined)?.children as
              SerializedTableCellNode[] | undefined
          )?.every((cell) => cell.headerState > 0),
        )
        return (
          <div className="table-scroll" role="region" aria-label={tableLabel} tabIndex={0}>
            <table>
              {headIsHeader && head ? <thead>{nodesToJSX({ nodes: [head] })}</thead> : null}
              <tbody>{nodesToJSX({ nodes: headIsHeader ? rows : allRows })}</tbody>
            </table>
          </div>
        )
      },
      tablerow: ({ node, nodesToJSX }) => (
        <tr>{nodesToJSX({ nodes: (node as SerializedTableRowNode).children })}</tr>
      ),
      tablecell: ({ node, nodesToJSX }) => {
        const cell = node as SerializedTableCellNode
        const span = {
          colSpan: cell.colSpan && cell.colSpan > 1 ? cell.colSpan : undefined,
          rowSpan: cell.rowSpan && cell.rowSpan > 1 ? cell.rowSpan : undefined,
        }
        return cell.headerState > 0 ? (
          <th scope="col" {...span}>
            {nodesToJSX({ nodes: cell.children })}
          </th>
        ) : (
          <td {...span}>{nodesToJSX({ nodes: cell.children })}</td>
        )
      },
    }
  }
}
