resource "aws_elasticache_cluster" "cache" {
  cluster_id      = "cache"
  engine          = "redis"
  engine_version  = "3.2.10" # expect: AWS483
  node_type       = "cache.t3.small"
  num_cache_nodes = 1
}
