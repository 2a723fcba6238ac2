resource "aws_elasticache_cluster" "cache" {
  cluster_id               = "cache"
  engine                   = "redis"
  node_type                = "cache.t4g.small"
  num_cache_nodes          = 1
  snapshot_retention_limit = 7
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id      = "memcached"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}

resource "aws_elasticache_cluster" "member" {
  cluster_id           = "member"
  replication_group_id = "sessions"
}
