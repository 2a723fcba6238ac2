resource "aws_elasticache_replication_group" "sessions" { # expect: AWS203
  replication_group_id = "sessions"
  description          = "sessions"
  node_type            = "cache.r6g.large"
  num_cache_clusters   = 2
}
