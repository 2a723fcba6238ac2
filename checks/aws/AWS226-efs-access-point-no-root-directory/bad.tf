resource "aws_efs_access_point" "app" { # expect: AWS226
  file_system_id = "fs-0123456789abcdef0"
  posix_user {
    uid = 1000
    gid = 1000
  }
}

resource "aws_efs_access_point" "root" {
  file_system_id = "fs-0123456789abcdef0"
  root_directory {
    path = "/" # expect: AWS226
  }
}
