import * as migration_20261126_134802_initial from './20261126_134802_initial'
import * as migration_20261126_134900_relation_read_indexes from './20261126_134900_relation_read_indexes'
import * as migration_20261126_142950_market_data from './20261126_142950_market_data'
import * as migration_20261126_164800_scale_read_indexes from './20261126_164800_scale_read_indexes'
import * as migration_20261204_164950_media_visible_to_visitors from './20261204_164950_media_visible_to_visitors'
import * as migration_20261204_165041_account_lockout_off from './20261204_165041_account_lockout_off'
import * as migration_20261205_090020_coin_aliases from './20261205_090020_coin_aliases'
import * as migration_20261206_000641_localized_content from './20261206_000641_localized_content'
import * as migration_20261206_032349_flashes from './20261206_032349_flashes'
import * as migration_20261206_040535_flash_votes from './20261206_040535_flash_votes'
import * as migration_20261206_050000_flash_read_statistics from './20261206_050000_flash_read_statistics'
import * as migration_20261206_072130_search_index from './20261206_072130_search_index'
import * as migration_20261206_135905_author_profiles from './20261206_135905_author_profiles'
import * as migration_20261206_140446_article_views from './20261206_140446_article_views'
import * as migration_20261206_212928_api_keys from './20261206_212928_api_keys'
import * as migration_20261206_214913_webhooks from './20261206_214913_webhooks'
import * as migration_20261206_221533_audit_events from './20261206_221533_audit_events'
import * as migration_20261207_003807_contributor_review from './20261207_003807_contributor_review'
import * as migration_20261207_010000_admin_list_indexes from './20261207_010000_admin_list_indexes'
import * as migration_20261207_020304_redirects_and_seo from './20261207_020304_redirects_and_seo'
import * as migration_20261207_043333_related_articles from './20261207_043333_related_articles'
import * as migration_20261207_043739_autosave_drafts from './20261207_043739_autosave_drafts'
import * as migration_20261207_043802_email_verification from './20261207_043802_email_verification'
import * as migration_20261207_123008_media_storage_prefix from './20261207_123008_media_storage_prefix'
import * as migration_20261207_123141_article_authors from './20261207_123141_article_authors'

export const migrations = [
  {
    up: migration_20261126_134802_initial.up,
    down: migration_20261126_134802_initial.down,
    name: '20261126_134802_initial',
  },
  {
    up: migration_20261126_134900_relation_read_indexes.up,
    down: migration_20261126_134900_relation_read_indexes.down,
    name: '20261126_134900_relation_read_indexes',
  },
  {
    up: migration_20261126_142950_market_data.up,
    down: migration_20261126_142950_market_data.down,
    name: '20261126_142950_market_data',
  },
  {
    up: migration_20261126_164800_scale_read_indexes.up,
    down: migration_20261126_164800_scale_read_indexes.down,
    name: '20261126_164800_scale_read_indexes',
  },
  {
    up: migration_20261204_164950_media_visible_to_visitors.up,
    down: migration_20261204_164950_media_visible_to_visitors.down,
    name: '20261204_164950_media_visible_to_visitors',
  },
  {
    up: migration_20261204_165041_account_lockout_off.up,
    down: migration_20261204_165041_account_lockout_off.down,
    name: '20261204_165041_account_lockout_off',
  },
  {
    up: migration_20261205_090020_coin_aliases.up,
    down: migration_20261205_090020_coin_aliases.down,
    name: '20261205_090020_coin_aliases',
  },
  {
    up: migration_20261206_000641_localized_content.up,
    down: migration_20261206_000641_localized_content.down,
    name: '20261206_000641_localized_content',
  },
  {
    up: migration_20261206_032349_flashes.up,
    down: migration_20261206_032349_flashes.down,
    name: '20261206_032349_flashes',
  },
  {
    up: migration_20261206_040535_flash_votes.up,
    down: migration_20261206_040535_flash_votes.down,
    name: '20261206_040535_flash_votes',
  },
  {
    up: migration_20261206_050000_flash_read_statistics.up,
    down: migration_20261206_050000_flash_read_statistics.down,
    name: '20261206_050000_flash_read_statistics',
  },
  {
    up: migration_20261206_072130_search_index.up,
    down: migration_20261206_072130_search_index.down,
    name: '20261206_072130_search_index',
  },
  {
    up: migration_20261206_135905_author_profiles.up,
    down: migration_20261206_135905_author_profiles.down,
    name: '20261206_135905_author_profiles',
  },
  {
    up: migration_20261206_140446_article_views.up,
    down: migration_20261206_140446_article_views.down,
    name: '20261206_140446_article_views',
  },
  {
    up: migration_20261206_212928_api_keys.up,
    down: migration_20261206_212928_api_keys.down,
    name: '20261206_212928_api_keys',
  },
  {
    up: migration_20261206_214913_webhooks.up,
    down: migration_20261206_214913_webhooks.down,
    name: '20261206_214913_webhooks',
  },
  {
    up: migration_20261206_221533_audit_events.up,
    down: migration_20261206_221533_audit_events.down,
    name: '20261206_221533_audit_events',
  },
  {
    up: migration_20261207_003807_contributor_review.up,
    down: migration_20261207_003807_contributor_review.down,
    name: '20261207_003807_contributor_review',
  },
  {
    up: migration_20261207_010000_admin_list_indexes.up,
    down: migration_20261207_010000_admin_list_indexes.down,
    name: '20261207_010000_admin_list_indexes',
  },
  {
    up: migration_20261207_020304_redirects_and_seo.up,
    down: migration_20261207_020304_redirects_and_seo.down,
    name: '20261207_020304_redirects_and_seo',
  },
  {
    up: migration_20261207_043333_related_articles.up,
    down: migration_20261207_043333_related_articles.down,
    name: '20261207_043333_related_articles',
  },
  {
    up: migration_20261207_043739_autosave_drafts.up,
    down: migration_20261207_043739_autosave_drafts.down,
    name: '20261207_043739_autosave_drafts',
  },
  {
    up: migration_20261207_043802_email_verification.up,
    down: migration_20261207_043802_email_verification.down,
    name: '20261207_043802_email_verification',
  },
  {
    up: migration_20261207_123008_media_storage_prefix.up,
    down: migration_20261207_123008_media_storage_prefix.down,
    name: '20261207_123008_media_storage_prefix',
  },
  {
    up: migration_20261207_123141_article_authors.up,
    down: migration_20261207_123141_article_authors.down,
    name: '20261207_123141_article_authors',
  },
]
