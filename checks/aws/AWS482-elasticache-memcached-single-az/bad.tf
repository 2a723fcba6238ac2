resource "aws_elasticache_cluster" "sessions" { # expect: AWS482
  cluster_id      = "sessions"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 3
}
