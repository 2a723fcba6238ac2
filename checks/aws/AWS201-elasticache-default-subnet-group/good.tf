resource "aws_elasticache_subnet_group" "private" {
  name       = "private"
  subnet_ids = ["subnet-0123456789abcdef0"]
}

resource "aws_elasticache_cluster" "cache" {
  cluster_id        = "cache"
  engine            = "redis"
  node_type         = "cache.t4g.small"
  num_cache_nodes   = 1
  subnet_group_name = aws_elasticache_subnet_group.private.name
}

resource "aws_elasticache_cluster" "member" {
  cluster_id           = "member"
  replication_group_id = "sessions"
}
