import * as migration_20261206_000641_localized_content from './20261206_000641_localized_content'
import * as migration_20261206_072130_search_index from './20261206_072130_search_index'
import * as migration_20261207_123141_article_authors from './20261207_123141_article_authors'

export const migrations = [
  {
    up: migration_20261206_000641_localized_content.up,
    down: migration_20261206_000641_localized_content.down,
    name: '20261206_000641_localized_content',
  },
  {
    up: migration_20261206_072130_search_index.up,
    down: migration_20261206_072130_search_index.down,
    name: '20261206_072130_search_index',
  },
  {
    up: migration_20261207_123141_article_authors.up,
    down: migration_20261207_123141_article_authors.down,
    name: '20261207_123141_article_authors',
  },
]
