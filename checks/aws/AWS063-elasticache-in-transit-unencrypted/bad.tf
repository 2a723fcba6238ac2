resource "aws_elasticache_replication_group" "sessions" { # expect: AWS063
  replication_group_id       = "sessions"
  description                = "session store"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
}
