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
  },
  {
    email: 'editor@newsroom.local',
    password: 'editor-demo-pass',
    displayName: '新闻编辑',
    roles: ['editor'],
  },
  {
    email: 'reader@newsroom.local',
    password: 'reader-demo-pass',
    displayName: '读者小王',
    roles: ['reader'],
  },
] as const satisfies readonly {
  email: string
  password: string
  displayName: string
  roles: readonly ('admin' | 'editor' | 'reader')[]
}[]
