resource "aws_efs_file_system" "shared" { # expect: AWS030
  creation_token = "shared"
}

resource "aws_efs_file_system" "explicit" {
  creation_token = "explicit"
  encrypted      = false # expect: AWS030
}
