resource "aws_elasticache_cluster" "cache" {
  cluster_id      = "cache"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}
