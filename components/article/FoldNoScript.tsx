/** Without JavaScript the fold could never be opened, so it is not applied at all. */
export function FoldNoScript() {
  return (
    <noscript>
      <style>
        {
          '[data-folded="true"]{max-height:none!important;overflow:visible!important}[data-fold-control]{display:none!important}'
        }
      </style>
    </noscript>
  )
}
