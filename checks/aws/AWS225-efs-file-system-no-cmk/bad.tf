resource "aws_efs_file_system" "shared" { # expect: AWS225
  creation_token = "shared"
  encrypted      = true
}
