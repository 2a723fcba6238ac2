resource "aws_memorydb_cluster" "cache" {
  name        = "cache"
  node_type   = "db.r6g.large"
  acl_name    = "open-access"
  tls_enabled = false # expect: AWS204
}
