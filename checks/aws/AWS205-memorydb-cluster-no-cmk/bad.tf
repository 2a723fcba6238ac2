resource "aws_memorydb_cluster" "cache" { # expect: AWS205
  name      = "cache"
  node_type = "db.r6g.large"
  acl_name  = "app-users"
}
