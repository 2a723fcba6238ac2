variable "encrypt" {
  type = bool
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session store"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "valkey" {
  replication_group_id       = "valkey"
  description                = "valkey defaults to encryption at rest"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "configurable" {
  replication_group_id       = "configurable"
  description                = "configurable"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = var.encrypt
  transit_encryption_enabled = true
}
