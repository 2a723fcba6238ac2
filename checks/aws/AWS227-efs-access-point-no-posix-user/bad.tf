resource "aws_efs_access_point" "app" { # expect: AWS227
  file_system_id = "fs-0123456789abcdef0"
  root_directory {
    path = "/app"
  }
}
