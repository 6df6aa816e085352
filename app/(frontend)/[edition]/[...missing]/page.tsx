import { notFound } from 'next/navigation'

/** Any other path inside the portal gets the portal's own 404 page. */
export default function MissingPage() {
  notFound()
}
