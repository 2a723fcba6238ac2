resource "aws_efs_access_point" "app" {
  file_system_id = "fs-0123456789abcdef0"
  posix_user {
    uid = 1000
    gid = 1000
  }
  root_directory {
    path = "/app"
    creation_info {
      owner_uid   = 1000
      owner_gid   = 1000
      permissions = "750"
    }
  }
}
