resource "aws_memorydb_cluster" "cache" {
  name        = "cache"
  node_type   = "db.r6g.large"
  acl_name    = "app-users"
  kms_key_arn = aws_kms_key.memorydb.arn
}

resource "aws_kms_key" "memorydb" {
  enable_key_rotation = true
}
