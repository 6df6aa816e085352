/**
 * Local-only accounts for trying the admin and the portal. They are created only when
 * SEED_DEMO_ACCOUNTS is on (the default outside production), and their passwords are printed only
 * in development.
 */
export const demoAccounts = [
  {
    email: 'admin@newsroom.local',
    password: 'admin-demo-pass',
    displayName: '站点管理员',
    roles: ['admin'],
    // Staff have public author pages (/authors/<profileSlug>); readers never do.
    profileSlug: 'site-admin',
    bio: '负责 Newsroom 的站点运营与重大新闻的终审。',
  },
  {
    email: 'editor@newsroom.local',
    password: 'editor-demo-pass',
    displayName: '新闻编辑',
    roles: ['editor'],
    profileSlug: 'news-editor',
    bio: '关注比特币、以太坊与 DeFi，每天整理加密市场要闻与项目动态。',
  },
  {
    email: 'reader@newsroom.local',
    password: 'reader-demo-pass',
    displayName: '读者小王',
    roles: ['reader'],
  },
  {
    // Writes drafts in the admin and submits them for review; an editor publishes them.
    email: 'contributor@newsroom.local',
    password: 'contributor-demo-pass',
    displayName: '特约撰稿人',
    roles: ['contributor'],
  },
] as const satisfies readonly {
  email: string
  password: string
  displayName: string
  roles: readonly ('admin' | 'editor' | 'contributor' | 'reader')[]
  profileSlug?: string
  bio?: string
}[]
