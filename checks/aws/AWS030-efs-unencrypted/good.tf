variable "encrypted" {
  type = bool
}

resource "aws_efs_file_system" "home" {
  creation_token = "home"
  encrypted      = true
}

resource "aws_efs_file_system" "configurable" {
  creation_token = "configurable"
  encrypted      = var.encrypted
}
