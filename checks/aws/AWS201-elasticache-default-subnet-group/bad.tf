resource "aws_elasticache_cluster" "cache" { # expect: AWS201
  cluster_id      = "cache"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "sessions"
  node_type            = "cache.r6g.large"
  subnet_group_name    = "default" # expect: AWS201
}
