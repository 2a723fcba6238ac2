resource "aws_elasticache_cluster" "cache" {
  cluster_id                 = "cache"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 1
  auto_minor_version_upgrade = "false" # expect: AWS200
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  node_type                  = "cache.r6g.large"
  auto_minor_version_upgrade = false # expect: AWS200
}
