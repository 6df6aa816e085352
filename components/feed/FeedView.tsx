import type { TArticleCard } from '@/lib/queries/cards'
import type { TTab } from '@/lib/queries/findTags'
import { Disclaimer } from '@/components/article/Disclaimer'
import { PortalColumns } from '@/components/layout/PortalColumns'
import { PortalSidebar } from '@/components/portal/PortalSidebar'
import { CardList } from './CardList.client'
import { CategoryTabs } from './CategoryTabs'
import styles from './FeedView.module.css'
import { LoadMore } from './LoadMore.client'

type TFeedViewProps = {
  tabs: TTab[]
  tag: TTab | null
  items: TArticleCard[]
  timeZone: string
  /** Cursor paging (加载更多) … */
  nextCursor?: string | null
  /** … or numbered pages (?page=N). */
  pageLinks?: { previous: string | null; next: string | null; label: string }
  heading?: string
}

export function FeedView({
  tabs,
  tag,
  items,
  timeZone,
  nextCursor,
  pageLinks,
  heading,
}: TFeedViewProps) {
  return (
    <PortalColumns sidebar={<PortalSidebar />}>
      <CategoryTabs tabs={tabs} active={tag?.slug ?? null} />
      <Disclaimer />
      <h1 className={tag || heading ? styles.heading : 'visually-hidden'}>
        {heading ?? (tag ? tag.name : '最新资讯')}
      </h1>
      {items.length === 0 ? <p className={styles.empty}>这里还没有文章。</p> : null}
      <div>
        {/* Every thumbnail lazy, even those in view: an eager image is preloaded by React at high
            priority and takes one of the connections the first paint's stylesheets wait for. */}
        <CardList items={items} timeZone={timeZone} bookmarkable />
      </div>
      {pageLinks ? (
        <nav className={styles.pager} aria-label="分页">
          {pageLinks.previous ? <a href={pageLinks.previous}>上一页</a> : <span />}
          <span>{pageLinks.label}</span>
          {pageLinks.next ? <a href={pageLinks.next}>下一页</a> : <span />}
        </nav>
      ) : (
        <LoadMore
          scope={tag?.slug ?? 'all'}
          initialCursor={nextCursor ?? null}
          timeZone={timeZone}
        />
      )}
    </PortalColumns>
  )
}
