resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  node_type                  = "cache.r6g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
}

resource "aws_elasticache_replication_group" "single" {
  replication_group_id = "single"
  description          = "single node"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 1
}

resource "aws_elasticache_replication_group" "default_size" {
  replication_group_id = "default-size"
  description          = "one node by default"
  node_type            = "cache.t4g.small"
}
