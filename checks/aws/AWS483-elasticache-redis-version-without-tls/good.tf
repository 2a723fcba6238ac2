resource "aws_elasticache_cluster" "cache" {
  cluster_id      = "cache"
  engine          = "redis"
  engine_version  = "7.1"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "patched" {
  cluster_id      = "patched"
  engine          = "redis"
  engine_version  = "4.0.10"
  node_type       = "cache.t3.small"
  num_cache_nodes = 1
}
