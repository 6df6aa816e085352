import { linkifyText } from '@/lib/flash/linkify'

/**
 * A flash's plain text with its http(s) URLs as links. Editors paste sources into the text; the
 * links leave the site, so they carry no referrer and no ranking (nofollow ugc).
 */
export function FlashText({ text }: { text: string }) {
  return (
    <>
      {linkifyText(text).map((segment, index) =>
        segment.kind === 'link' ? (
          <a key={index} href={segment.href} rel="nofollow ugc noopener noreferrer" target="_blank">
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </>
  )
}
