import { newsArticleJsonLd, personJsonLd, serializeJsonLd } from '@/lib/syndication/jsonLd'

const article = {
  siteUrl: 'https://news.example',
  url: 'https://news.example/articles/a',
  headline: '标题',
  description: '摘要',
  datePublished: '2026-12-01T00:00:00.000Z',
  dateModified: '2026-12-01T00:00:00.000Z',
  images: [],
  logoUrl: 'https://news.example/logo.png',
  keywords: [],
  inLanguage: 'zh-CN',
}

test('an article’s authors are Persons in byline order, each with its author page when it has one', () => {
  const twoAuthors = newsArticleJsonLd({
    ...article,
    authors: [
      { name: '新闻编辑', url: 'https://news.example/authors/news-editor' },
      { name: '撰稿人', url: null },
    ],
  })
  expect(twoAuthors.author).toEqual([
    { '@type': 'Person', name: '新闻编辑', url: 'https://news.example/authors/news-editor' },
    { '@type': 'Person', name: '撰稿人' },
  ])
  expect(newsArticleJsonLd({ ...article, authors: [{ name: '路透社' }] }).author).toEqual([
    { '@type': 'Person', name: '路透社' },
  ])
  // No byline: the site's name, and never someone else's page.
  expect(newsArticleJsonLd({ ...article, authors: [] }).author).toEqual([
    { '@type': 'Person', name: 'Newsroom' },
  ])
})

test('an author page’s Person has only what is given, and a bio cannot end the script', () => {
  const bare = personJsonLd({
    name: '作者',
    url: 'https://news.example/authors/a',
    description: null,
    image: null,
  })
  expect(bare).toEqual({
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: '作者',
    url: 'https://news.example/authors/a',
    mainEntityOfPage: { '@type': 'ProfilePage', '@id': 'https://news.example/authors/a' },
  })
  const full = personJsonLd({
    name: '作者',
    url: 'https://news.example/authors/a',
    description: '简介</script><script>alert(1)</script>',
    image: 'https://news.example/api/media/file/a.png',
  })
  expect(full).toMatchObject({ image: 'https://news.example/api/media/file/a.png' })
  const serialized = serializeJsonLd(full)
  expect(serialized).not.toContain('</script')
  expect(JSON.parse(serialized).description).toBe(full.description)
})
