resource "aws_elasticache_cluster" "sessions" {
  cluster_id      = "sessions"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 3
  az_mode         = "cross-az"
}

resource "aws_elasticache_cluster" "dev" {
  cluster_id      = "dev"
  engine          = "memcached"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 1
}
