resource "aws_elasticache_replication_group" "sessions" { # expect: AWS203
  replication_group_id = "sessions"
  description          = "sessions"
  node_type            = "cache.r6g.large"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "sharded" { # expect: AWS203
  replication_group_id    = "sharded"
  description             = "cluster mode"
  node_type               = "cache.r6g.large"
  num_node_groups         = 2
  replicas_per_node_group = 1
}
